using System.CommandLine;
using Compliance.Rules.Cli.Reporting;
using Compliance.Rules.Cli.Texts;
using Compliance.Rules.Facts;
using Compliance.Rules.Impact;
using Compliance.Rules.Reporting;
using NodaTime;

namespace Compliance.Rules.Cli.Commands;

/// <summary>
/// The <c>impact</c> command: the impact of a rule change before it is published. Evaluates one batch of facts under a
/// base and a candidate rule set at one as-of date and writes who changes verdict, score and findings, and why: the
/// summary per subject kind, the changes grouped by indicator with the indicator's text change as <c>diff</c> lists it,
/// the newly failing and newly passing subjects in the notice's table style, and the score table before and after.
/// </summary>
/// <remarks>
/// Exit code 0 when the report was written (whatever it shows); 1 for an argument that cannot be used (a date that does
/// not parse, an unknown format, an as-of date outside a calendar); 2 when a rule set or the facts have errors, or the
/// facts' inspector findings do not fit either rule set (nothing is evaluated). No stack trace is ever printed.
/// </remarks>
internal static class ImpactCommand
{
    private const int Success = 0;
    private const int Failure = 1;
    private const int InputErrors = CommandInput.InputErrors;

    /// <summary>Builds the <c>impact</c> command.</summary>
    /// <param name="language">The language of its help and messages.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliLanguage language)
    {
        var common = CommonTexts.For(language);
        var texts = ImpactTexts.For(language);
        var rules = RuleSetResolver.Description(common);
        var baseOption = new Option<string>("--base") { Description = texts.BaseOption(rules), HelpName = "rules", Required = true };
        var candidateOption = new Option<string>("--candidate") { Description = texts.CandidateOption(rules), HelpName = "rules", Required = true };
        var options = new ReportOptions(common, (texts.FactsOption, texts.AsOfOption, texts.AssumeCompleteOption));
        var command = new Command("impact", texts.Description) { baseOption, candidateOption };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            try
            {
                var run = options.Read(parse, (texts.ReportName, "impact", Notice: false), strict: false, interactive: false);
                var names = (parse.GetRequiredValue(baseOption), parse.GetRequiredValue(candidateOption));
                return Run(names, parse.GetRequiredValue(options.Facts), run, (common, texts), output, error);
            }
            catch (Exception ex) when (ex is CommandInputException or ArgumentOutOfRangeException or EvaluationException or IOException or UnauthorizedAccessException)
            {
                error.WriteLine(TerminalText.Lines(common.ErrorPrefix + ex.Message));
                return Failure;
            }
        });
        return command;
    }

    private static int Run((string Base, string Candidate) names, string factsPath, EvaluateRun run, (CommonTexts Common, ImpactTexts Own) texts, TextWriter output, TextWriter error)
    {
        var (baseValue, candidateValue) = names;
        var baseline = RuleSetResolver.TryResolve(baseValue, run.CalendarFiles, texts.Common);
        var candidate = RuleSetResolver.TryResolve(candidateValue, run.CalendarFiles, texts.Common);
        if (!baseline.TryGetValue(out var before) | !candidate.TryGetValue(out var after))
        {
            var failed = before is null ? baseValue : candidateValue;
            return CommandInput.Refuse(error, baseline.Errors.Concat(candidate.Errors), texts.Common.RuleSetNotLoaded(failed), texts.Common);
        }

        if (CommandInput.ReadFacts(factsPath, error, texts.Common, out var refused) is not { } batch)
        {
            return refused;
        }

        if (Misfits(before!, baseValue, batch, texts.Own, error) + Misfits(after!, candidateValue, batch, texts.Own, error) > 0)
        {
            error.WriteLine(TerminalText.Of(texts.Common.ErrorPrefix + texts.Own.FindingsDoNotFit(factsPath)));
            return InputErrors;
        }

        var impact = ImpactAnalysis.Compare(before!, after!, batch, run.AsOf, new EvaluationOptions { AssumeComplete = run.AssumeComplete });
        ReportOutput.Write(ImpactReport.Create(impact, before!.Revision, after!.Revision), run.Format, run.File, output);
        foreach (var warning in impact.Before.Warnings.Concat(impact.After.Warnings).Distinct())
        {
            error.WriteLine(TerminalText.Of(warning.ToString()));
        }

        return Success;
    }

    private static int Misfits(CompiledRuleSet rules, string name, FactBatch batch, ImpactTexts texts, TextWriter error)
    {
        var errors = rules.Check(batch);
        foreach (var diagnostic in errors)
        {
            error.WriteLine(TerminalText.Of(texts.OfRuleSet(diagnostic.ToString(), name)));
        }

        return errors.Length;
    }
}
