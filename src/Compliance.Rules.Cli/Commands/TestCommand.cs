using System.CommandLine;
using Compliance.Rules.Testing;

namespace Compliance.Rules.Cli.Commands;

/// <summary>
/// The <c>test</c> command: runs the regression cases of a rule set (its <c>tests/*.yaml</c>) and prints each failure with
/// its expected and actual values, ending with the line <c>N passed, N failed</c>.
/// </summary>
/// <remarks>
/// Exit code 0 when every case passed, 1 when a case failed, 2 when the rule set or its cases could not be loaded (the
/// diagnostics then go to standard error).
/// </remarks>
internal static class TestCommand
{
    private const int Success = 0;
    private const int CaseFailed = 1;
    private const int LoadFailed = 2;

    /// <summary>Builds the <c>test</c> command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var rulesArgument = new Argument<string>("rules") { Description = RuleSetResolver.Description };
        var calendarFileOption = RuleSetResolver.CalendarFileOption();
        var command = new Command(
            "test",
            "Run the regression cases of a rule set (tests/*.yaml beside its indicators), with any --calendar-file, and print each failure with expected and actual values, then 'N passed, N failed'.")
        {
            rulesArgument, calendarFileOption,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            try
            {
                return Run(parse.GetRequiredValue(rulesArgument), parse.GetValue(calendarFileOption) ?? [], parse.InvocationConfiguration.Output, error);
            }
            catch (CommandInputException ex)
            {
                error.WriteLine($"error: {ex.Message}");
                return LoadFailed;
            }
        });
        return command;
    }

    private static int Run(string value, IReadOnlyList<string> calendarFiles, TextWriter output, TextWriter error)
    {
        var reference = RuleSetResolver.Normalize(value);
        var rules = RuleSetResolver.TryResolve(reference, calendarFiles);
        if (!rules.TryGetValue(out var compiled))
        {
            return LoadFailure(error, value, rules.Errors);
        }

        var suite = RegressionSuite.TryLoad(reference, compiled.Revision);
        if (!suite.TryGetValue(out var cases))
        {
            return LoadFailure(error, value, suite.Errors);
        }

        var results = RegressionRunner.Run(compiled, cases);
        foreach (var failed in results.Where(r => !r.Passed))
        {
            output.WriteLine($"FAIL {failed.Case.DisplayId} ({failed.Case.Location})");
            foreach (var mismatch in failed.Mismatches)
            {
                output.WriteLine("  " + mismatch);
            }
        }

        var failures = results.Count(r => !r.Passed);
        output.WriteLine($"{results.Length - failures} passed, {failures} failed");
        return failures == 0 ? Success : CaseFailed;
    }

    private static int LoadFailure(TextWriter error, string value, IEnumerable<Rules.Diagnostics.Diagnostic> errors)
    {
        foreach (var diagnostic in errors)
        {
            error.WriteLine(diagnostic.ToString());
        }

        error.WriteLine($"error: '{value}' could not be loaded; run 'compliance-rules validate {value}' for every diagnostic");
        return LoadFailed;
    }
}
