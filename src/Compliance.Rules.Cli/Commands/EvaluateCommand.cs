using System.CommandLine;
using Compliance.Rules.Calendar;
using Compliance.Rules.Cli.Reporting;
using Compliance.Rules.Cli.Texts;
using Compliance.Rules.Facts.Input;
using Compliance.Rules.Reporting;
using NodaTime;

namespace Compliance.Rules.Cli.Commands;

/// <summary>
/// The <c>evaluate</c> command: evaluates a batch of facts (a JSON, YAML or CSV file, or a folder of them) with a rule
/// set at an as-of date and writes the report as Markdown, CSV, JSON, an Excel workbook or a Word draft of the notice.
/// </summary>
/// <remarks>
/// The report goes to standard output, or to the file given by <c>--out</c> (required for xlsx and docx); CSV starts with
/// a UTF-8 byte order mark on both routes (<see cref="ReportOutput"/>). Problems go to
/// standard error: every diagnostic of the rule set or of the facts, with file, line and column; a batch with any error
/// is not evaluated. On an interactive terminal a progress line is drawn on standard error; when output is redirected
/// the command is quiet (but for the facts' warnings, such as a CSV file read as GB18030). Everything printed from the
/// input — ids, names and paths quoted by diagnostics — goes through <see cref="TerminalText"/>, so a control character
/// in the facts is shown, never obeyed by the terminal; no stack trace is ever printed.
/// <para>
/// The facts are read in an open world unless <c>--assume-complete</c> is given: a fact type the facts hold nothing of
/// and do not declare observed leaves the indicators that need it not assessed, and the report says so. Inspector
/// findings are checked against the rule set before anything is evaluated. The evaluation's warnings (plausibility
/// checks, subjects not assessed) go to standard error as well as into the report.
/// </para>
/// <para>
/// Exit code 0 on success; 1 for an argument that cannot be used or an evaluation that cannot run (an as-of date outside
/// the calendar); 2 when the rule set or the facts have errors (nothing is evaluated); 3 when the report was written but
/// some subject could not be assessed, or, with <c>--strict</c>, when the evaluation gave any warning.
/// </para>
/// </remarks>
internal static class EvaluateCommand
{
    private const int Success = 0;
    private const int Failure = 1;
    private const int Incomplete = 3;

    /// <summary>Builds the <c>evaluate</c> command, showing progress when the console is an interactive terminal.</summary>
    /// <param name="language">The language of its help and messages.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliLanguage language) => Create(language, () => !Console.IsOutputRedirected && !Console.IsErrorRedirected);

    /// <summary>Builds the <c>evaluate</c> command.</summary>
    /// <param name="language">The language of its help and messages.</param>
    /// <param name="interactive">Tells whether the console is an interactive terminal (then progress is shown).</param>
    /// <returns>The command.</returns>
    public static Command Create(CliLanguage language, Func<bool> interactive)
    {
        var common = CommonTexts.For(language);
        var texts = EvaluateTexts.For(language);
        var rulesOption = new Option<string>("--rules") { Description = RuleSetResolver.Description(common), HelpName = "rules", Required = true };
        var options = new ReportOptions(common, (texts.FactsOption, texts.AsOfOption, texts.AssumeCompleteOption));
        var strictOption = new Option<bool>("--strict") { Description = texts.StrictOption };
        var command = new Command("evaluate", texts.Description) { rulesOption };
        options.AddTo(command);
        command.Options.Add(strictOption);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            try
            {
                var run = options.Read(parse, (texts.ReportName, "report", Notice: true), parse.GetValue(strictOption), interactive());
                return Run(parse.GetRequiredValue(rulesOption), parse.GetRequiredValue(options.Facts), run, (common, texts), output, error);
            }
            catch (Exception ex) when (ex is CommandInputException or ArgumentOutOfRangeException or EvaluationException or IOException or UnauthorizedAccessException)
            {
                error.WriteLine(TerminalText.Lines(common.ErrorPrefix + ex.Message));
                return Failure;
            }
        });
        return command;
    }

    private static int Run(string rulesValue, string factsPath, EvaluateRun run, (CommonTexts Common, EvaluateTexts Own) texts, TextWriter output, TextWriter error)
    {
        var rules = RuleSetResolver.TryResolve(rulesValue, run.CalendarFiles, texts.Common);
        if (!rules.TryGetValue(out var compiled))
        {
            return CommandInput.Refuse(error, rules.Errors, texts.Common.RuleSetNotLoaded(rulesValue), texts.Common);
        }

        var facts = FactsInput.Read(factsPath);
        if (!facts.TryGetValue(out var batch))
        {
            return CommandInput.Refuse(error, facts.Errors, texts.Common.FactsProblems(facts.Errors.Count(), factsPath), texts.Common);
        }

        foreach (var warning in facts.Diagnostics)
        {
            error.WriteLine(TerminalText.Of(warning.ToString()));
        }

        // Reading a national batch leaves the reader's working set (identities and positions of millions of facts)
        // behind as garbage; compacting it away before the evaluation keeps the peak near the batch itself instead of
        // the batch plus everything the reader needed.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

        var findingErrors = compiled.Check(batch);
        if (!findingErrors.IsEmpty)
        {
            return CommandInput.Refuse(error, findingErrors, texts.Own.FindingsDoNotFit(findingErrors.Length, factsPath, rulesValue), texts.Common);
        }

        var progress = run.Interactive ? new EvaluateProgress(error, batch.Subjects.Length, texts.Own.Progress) : null;
        var result = compiled.Evaluate(batch, run.AsOf, new EvaluationOptions { Progress = progress, AssumeComplete = run.AssumeComplete });
        progress?.Complete();
        ReportOutput.Write(BatchReport.Create(result, compiled.Revision, batch), run.Format, run.File, output);
        if (run.File is not null && run.Interactive)
        {
            error.WriteLine(TerminalText.Of(texts.Own.Written(run.File)));
        }

        foreach (var warning in result.Warnings)
        {
            error.WriteLine(TerminalText.Of(warning.ToString()));
        }

        var notAssessed = result.Summary.NotAssessed;
        if (notAssessed > 0)
        {
            error.WriteLine(texts.Common.ErrorPrefix + texts.Own.NotAssessed(notAssessed));
            return Incomplete;
        }

        return run.Strict && !result.Warnings.IsEmpty ? Incomplete : Success;
    }
}
