using System.CommandLine;
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
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var baseOption = new Option<string>("--base") { Description = "The rule set in force: " + RuleSetResolver.Description, Required = true };
        var candidateOption = new Option<string>("--candidate") { Description = "The rule set proposed (an overlay of the base or any other revision): " + RuleSetResolver.Description, Required = true };
        var factsOption = new Option<string>("--facts") { Description = "The facts: a .json, .yaml or .csv file, or a folder of them, evaluated once under each rule set.", Required = true };
        var asOfOption = new Option<string>("--as-of") { Description = "The monitoring time point (YYYY-MM-DD) of both evaluations.", Required = true };
        var formatOption = new Option<string>("--format") { Description = "The report format: md, csv, json or xlsx (xlsx needs --out).", DefaultValueFactory = _ => "md" };
        var outOption = new Option<string?>("--out") { Description = "Write the report to this file instead of standard output." };
        var completeOption = new Option<bool>("--assume-complete") { Description = "Read the facts in a closed world, as evaluate --assume-complete does." };
        var calendarOption = RuleSetResolver.CalendarFileOption();
        var command = new Command("impact", "Show the impact of a rule change before it is published: evaluate the same facts under two rule sets and list who changes verdict, score and findings, and which indicator's change caused it.")
        {
            baseOption, candidateOption, factsOption, asOfOption, formatOption, outOption, completeOption, calendarOption,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            try
            {
                var asOf = CommandInput.ParseDate(parse.GetRequiredValue(asOfOption));
                var format = CommandInput.ParseFormat(parse.GetValue(formatOption), "the impact report");
                var file = parse.GetValue(outOption);
                if (file is null && format is null)
                {
                    throw new CommandInputException("xlsx is a binary workbook: give the file to write with --out, such as --out impact.xlsx");
                }

                var calendars = parse.GetValue(calendarOption) ?? [];
                return Run(
                    parse.GetRequiredValue(baseOption),
                    parse.GetRequiredValue(candidateOption),
                    parse.GetRequiredValue(factsOption),
                    new EvaluateRun(asOf, format, file, parse.GetValue(completeOption), Strict: false, Interactive: false) { CalendarFiles = calendars },
                    output,
                    error);
            }
            catch (Exception ex) when (ex is CommandInputException or ArgumentOutOfRangeException or EvaluationException or IOException or UnauthorizedAccessException)
            {
                error.WriteLine(TerminalText.Of($"error: {ex.Message}"));
                return Failure;
            }
        });
        return command;
    }

    private static int Run(string baseValue, string candidateValue, string factsPath, EvaluateRun run, TextWriter output, TextWriter error)
    {
        var baseline = RuleSetResolver.TryResolve(baseValue, run.CalendarFiles);
        var candidate = RuleSetResolver.TryResolve(candidateValue, run.CalendarFiles);
        if (!baseline.TryGetValue(out var before) | !candidate.TryGetValue(out var after))
        {
            var failed = before is null ? baseValue : candidateValue;
            return CommandInput.Refuse(error, baseline.Errors.Concat(candidate.Errors), $"the rule set '{failed}' could not be loaded; run 'compliance-rules validate {failed}' for every diagnostic");
        }

        if (CommandInput.ReadFacts(factsPath, error, out var refused) is not { } batch)
        {
            return refused;
        }

        if (Misfits(before!, baseValue, batch, error) + Misfits(after!, candidateValue, batch, error) > 0)
        {
            error.WriteLine(TerminalText.Of($"error: inspector findings in the facts '{factsPath}' do not fit the rule sets: nothing was evaluated"));
            return InputErrors;
        }

        var impact = ImpactAnalysis.Compare(before!, after!, batch, run.AsOf, new EvaluationOptions { AssumeComplete = run.AssumeComplete });
        var report = ImpactReport.Create(impact, before!.Revision, after!.Revision);
        ReportOutput.Write(run, output, (format, writer) => ReportWriter.Write(report, format, writer), (format, stream) => ReportWriter.Write(report, format, stream), report.Tables);
        foreach (var warning in impact.Before.Warnings.Concat(impact.After.Warnings).Distinct())
        {
            error.WriteLine(TerminalText.Of(warning.ToString()));
        }

        return Success;
    }

    private static int Misfits(CompiledRuleSet rules, string name, FactBatch batch, TextWriter error)
    {
        var errors = rules.Check(batch);
        foreach (var diagnostic in errors)
        {
            error.WriteLine(TerminalText.Of($"{diagnostic} (rule set '{name}')"));
        }

        return errors.Length;
    }

}
