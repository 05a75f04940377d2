using System.CommandLine;
using System.Diagnostics;
using Compliance.Rules.Cli.Testing;
using Compliance.Rules.Cli.Texts;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Testing;

namespace Compliance.Rules.Cli.Commands;

/// <summary>
/// The <c>test</c> command: runs the regression cases of a rule set (its <c>tests/*.yaml</c>) and prints each failure with
/// its expected and actual values, ending with the line <c>N passed, N failed</c>.
/// </summary>
/// <remarks>
/// <para>
/// <c>-v</c> lists every case with PASS or FAIL and its time; <c>--filter</c> runs the cases a part of their id or a
/// glob selects (<see cref="CaseFilter"/>); <c>--junit FILE</c> also writes JUnit XML for a CI server
/// (<see cref="JUnitReportWriter"/>), whether the cases pass or not.
/// </para>
/// <para>
/// Exit code 0 when every case run passed, 1 when a case failed, 2 when nothing could be tested: the rule set or its
/// cases could not be loaded (the diagnostics then go to standard error), the filter selects no case, or the JUnit file
/// cannot be written.
/// </para>
/// </remarks>
internal static class TestCommand
{
    private const int Success = 0;
    private const int CaseFailed = 1;
    private const int NotRun = 2;

    /// <summary>Builds the <c>test</c> command.</summary>
    /// <param name="language">The language of its help and messages.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliLanguage language)
    {
        var common = CommonTexts.For(language);
        var texts = TestTexts.For(language);
        var rulesArgument = new Argument<string>("rules") { Description = RuleSetResolver.Description(common) };
        var calendarFileOption = RuleSetResolver.CalendarFileOption(common);
        var verboseOption = new Option<bool>("--verbose", "-v") { Description = texts.VerboseOption };
        var filterOption = new Option<string?>("--filter") { Description = texts.FilterOption, HelpName = "pattern" };
        var junitOption = new Option<string?>("--junit") { Description = texts.JUnitOption, HelpName = "file" };
        var command = new Command("test", texts.Description)
        {
            rulesArgument, verboseOption, filterOption, junitOption, calendarFileOption,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            try
            {
                var run = new TestRun(
                    parse.GetRequiredValue(rulesArgument),
                    parse.GetValue(calendarFileOption) ?? [],
                    parse.GetValue(verboseOption),
                    parse.GetValue(filterOption),
                    parse.GetValue(junitOption));
                return Run(run, (common, texts), parse.InvocationConfiguration.Output, error);
            }
            catch (CommandInputException ex)
            {
                error.WriteLine(TerminalText.Lines(common.ErrorPrefix + ex.Message));
                return NotRun;
            }
        });
        return command;
    }

    private static int Run(TestRun run, (CommonTexts Common, TestTexts Own) texts, TextWriter output, TextWriter error)
    {
        var reference = RuleSetResolver.Normalize(run.Rules);
        var rules = RuleSetResolver.TryResolve(reference, run.CalendarFiles, texts.Common);
        if (!rules.TryGetValue(out var compiled))
        {
            return CommandInput.Refuse(error, rules.Errors, texts.Common.RuleSetNotLoaded(run.Rules), texts.Common);
        }

        var suite = RegressionSuite.TryLoad(reference, compiled.Revision);
        if (!suite.TryGetValue(out var loaded))
        {
            return CommandInput.Refuse(error, suite.Errors, texts.Common.RuleSetNotLoaded(run.Rules), texts.Common);
        }

        var cases = run.Filter is null ? loaded.Cases : [.. loaded.Cases.Where(new CaseFilter(run.Filter).Matches)];
        if (cases.IsEmpty && run.Filter is not null)
        {
            throw new CommandInputException(texts.Own.NothingMatches(run.Filter, loaded.Cases.Length));
        }

        var results = new List<TimedCaseResult>();
        foreach (var regressionCase in cases)
        {
            var clock = Stopwatch.StartNew();
            var result = RegressionRunner.Run(compiled, regressionCase);
            var timed = new TimedCaseResult(result, clock.Elapsed);
            results.Add(timed);
            Print(timed, run.Verbose, texts.Own, output);
        }

        if (run.JUnitFile is { } file)
        {
            WriteJUnit(file, run.Rules, results, texts.Own);
        }

        var failures = results.Count(r => !r.Result.Passed);
        output.WriteLine(texts.Own.Totals(results.Count - failures, failures));
        return failures == 0 ? Success : CaseFailed;
    }

    // Without -v only failures are printed, as they always were; with it every case, with its time.
    private static void Print(TimedCaseResult timed, bool verbose, TestTexts texts, TextWriter output)
    {
        var (result, elapsed) = timed;
        if (result.Passed && !verbose)
        {
            return;
        }

        var line = $"{(result.Passed ? texts.Pass : texts.Fail)} {result.Case.DisplayId} ({result.Case.Location})";
        output.WriteLine(TerminalText.Of(verbose ? $"{line} {texts.Duration((long)elapsed.TotalMilliseconds)}" : line));
        foreach (var mismatch in result.Mismatches)
        {
            output.WriteLine(TerminalText.Of("  " + mismatch));
        }
    }

    private static void WriteJUnit(string file, string rules, IReadOnlyList<TimedCaseResult> results, TestTexts texts)
    {
        try
        {
            using var stream = File.Create(file);
            JUnitReportWriter.Write(rules, results, stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CommandInputException(texts.JUnitNotWritten(file, ex.Message));
        }
    }

    /// <summary>The settings of one <c>test</c> run, as its arguments give them.</summary>
    private sealed record TestRun(string Rules, IReadOnlyList<string> CalendarFiles, bool Verbose, string? Filter, string? JUnitFile);
}
