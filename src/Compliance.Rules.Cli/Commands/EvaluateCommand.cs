using System.CommandLine;
using Compliance.Rules.Calendar;
using Compliance.Rules.Cli.Reporting;
using Compliance.Rules.Cli.Texts;
using Compliance.Rules.Forecasting;
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
/// <para>
/// With <c>--warn</c> the report adds a 预警 section: the warnings due at the as-of date, each within how far ahead its
/// indicator warns (<c>warn_ahead</c>), from a forecast (<see cref="ForecastAnalysis.RunToWarnAhead"/>) whose own
/// evaluation at the as-of date is the report's result.
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
        var warnOption = new Option<bool>("--warn") { Description = texts.WarnOption };
        var command = new Command("evaluate", texts.Description) { rulesOption };
        options.AddTo(command);
        command.Options.Add(strictOption);
        command.Options.Add(warnOption);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            try
            {
                var run = options.Read(parse, (texts.ReportName, "report", Notice: true), parse.GetValue(strictOption), interactive()) with
                {
                    Warn = parse.GetValue(warnOption),
                };
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

        if (CommandInput.ReadFacts(factsPath, error, texts.Common, out var refused) is not { } batch)
        {
            return refused;
        }

        var findingErrors = compiled.Check(batch);
        if (!findingErrors.IsEmpty)
        {
            return CommandInput.Refuse(error, findingErrors, texts.Own.FindingsDoNotFit(findingErrors.Length, factsPath, rulesValue), texts.Common);
        }

        var progress = run.Interactive ? new EvaluateProgress(error, batch.Subjects.Length, texts.Own.Progress) : null;
        var options = new EvaluationOptions { Progress = progress, AssumeComplete = run.AssumeComplete };

        // With --warn the forecast's own evaluation at the as-of date is the result: a plain evaluation, made once.
        var forecast = run.Warn ? ForecastAnalysis.RunToWarnAhead(compiled, batch, run.AsOf, options) : null;
        var result = forecast?.Current ?? compiled.Evaluate(batch, run.AsOf, options);
        progress?.Complete();
        ReportOutput.Write(BatchReport.Create(result, compiled.Revision, batch, forecast), run.Format, run.File, output);
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
