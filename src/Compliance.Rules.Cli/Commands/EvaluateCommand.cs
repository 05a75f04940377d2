using System.CommandLine;
using Compliance.Rules.Calendar;
using Compliance.Rules.Cli.Reporting;
using Compliance.Rules.Facts.Input;
using Compliance.Rules.Reporting;
using NodaTime;

namespace Compliance.Rules.Cli.Commands;

/// <summary>
/// The <c>evaluate</c> command: evaluates a batch of facts (a JSON, YAML or CSV file, or a folder of them) with a rule
/// set at an as-of date and writes the report as Markdown, CSV, JSON or an Excel workbook.
/// </summary>
/// <remarks>
/// The report goes to standard output, or to the file given by <c>--out</c> (required for xlsx). Problems go to
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
    /// <returns>The command.</returns>
    public static Command Create() => Create(() => !Console.IsOutputRedirected && !Console.IsErrorRedirected);

    /// <summary>Builds the <c>evaluate</c> command.</summary>
    /// <param name="interactive">Tells whether the console is an interactive terminal (then progress is shown).</param>
    /// <returns>The command.</returns>
    public static Command Create(Func<bool> interactive)
    {
        var rulesOption = new Option<string>("--rules") { Description = RuleSetResolver.Description, Required = true };
        var factsOption = new Option<string>("--facts")
        {
            Description = "The facts: a .json, .yaml or .csv file, or a folder of them (CSV: one file per fact type such as websites.csv, new_media.csv, messages.csv, with English or Chinese column names).",
            Required = true,
        };
        var asOfOption = new Option<string>("--as-of") { Description = "The monitoring time point (YYYY-MM-DD): every time window ends on it.", Required = true };
        var formatOption = new Option<string>("--format") { Description = "The report format: md, csv, json or xlsx (xlsx needs --out).", DefaultValueFactory = _ => "md" };
        var outOption = new Option<string?>("--out") { Description = "Write the report to this file instead of standard output." };
        var completeOption = new Option<bool>("--assume-complete")
        {
            Description = "Read the facts in a closed world: a fact type they hold nothing of was observed and there was none. Without it, the indicators that need an unobserved fact type are reported as not assessed.",
        };
        var calendarOption = RuleSetResolver.CalendarFileOption();
        var strictOption = new Option<bool>("--strict") { Description = "Exit with code 3 when the evaluation gives any warning (plausibility checks, missing data), not only when a subject could not be assessed." };
        var command = new Command("evaluate", "Evaluate websites and new-media accounts at an as-of date and write the report: summary, failing accounts (附件1) and the score table (附件2).")
        {
            rulesOption, factsOption, asOfOption, formatOption, outOption, completeOption, strictOption, calendarOption,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            try
            {
                var asOf = CommandInput.ParseDate(parse.GetRequiredValue(asOfOption));
                var format = CommandInput.ParseFormat(parse.GetValue(formatOption), "the report");
                var file = parse.GetValue(outOption);
                if (file is null && format is null)
                {
                    throw new CommandInputException("xlsx is a binary workbook: give the file to write with --out, such as --out report.xlsx");
                }

                var run = new EvaluateRun(asOf, format, file, parse.GetValue(completeOption), parse.GetValue(strictOption), interactive())
                {
                    CalendarFiles = parse.GetValue(calendarOption) ?? [],
                };
                return Run(parse.GetRequiredValue(rulesOption), parse.GetRequiredValue(factsOption), run, output, error);
            }
            catch (Exception ex) when (ex is CommandInputException or ArgumentOutOfRangeException or EvaluationException or IOException or UnauthorizedAccessException)
            {
                error.WriteLine(TerminalText.Of($"error: {ex.Message}"));
                return Failure;
            }
        });
        return command;
    }

    private static int Run(string rulesValue, string factsPath, EvaluateRun run, TextWriter output, TextWriter error)
    {
        var rules = RuleSetResolver.TryResolve(rulesValue, run.CalendarFiles);
        if (!rules.TryGetValue(out var compiled))
        {
            return CommandInput.Refuse(error, rules.Errors, $"the rule set '{rulesValue}' could not be loaded; run 'compliance-rules validate {rulesValue}' for every diagnostic");
        }

        var facts = FactsInput.Read(factsPath);
        if (!facts.TryGetValue(out var batch))
        {
            var count = facts.Errors.Count();
            return CommandInput.Refuse(error, facts.Errors, $"{count} problem(s) in the facts '{factsPath}': nothing was evaluated");
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
            return CommandInput.Refuse(error, findingErrors, $"{findingErrors.Length} inspector finding(s) or sample(s) in the facts '{factsPath}' do not fit the rule set '{rulesValue}': nothing was evaluated");
        }

        var progress = run.Interactive ? new EvaluateProgress(error, batch.Subjects.Length) : null;
        var result = compiled.Evaluate(batch, run.AsOf, new EvaluationOptions { Progress = progress, AssumeComplete = run.AssumeComplete });
        progress?.Complete();
        WriteReport(BatchReport.Create(result, compiled.Revision, batch), run, output);
        if (run.File is not null && run.Interactive)
        {
            error.WriteLine(TerminalText.Of($"已写入 {run.File}"));
        }

        foreach (var warning in result.Warnings)
        {
            error.WriteLine(TerminalText.Of(warning.ToString()));
        }

        var notAssessed = result.Summary.NotAssessed;
        if (notAssessed > 0)
        {
            error.WriteLine($"error: {notAssessed} subject(s) could not be assessed (无法评估): the report lists them with the reason");
            return Incomplete;
        }

        return run.Strict && !result.Warnings.IsEmpty ? Incomplete : Success;
    }

    private static void WriteReport(BatchReport report, EvaluateRun run, TextWriter output)
    {
        if (run.File is null)
        {
            ReportWriter.Write(report, run.Format!.Value, output);
            return;
        }

        using var stream = File.Create(run.File);
        if (run.Format is { } text)
        {
            ReportWriter.Write(report, text, stream);
        }
        else
        {
            XlsxReportWriter.Write(report, stream);
        }
    }
}
