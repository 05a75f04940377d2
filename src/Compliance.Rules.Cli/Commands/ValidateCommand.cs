using System.CommandLine;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Testing;

namespace Compliance.Rules.Cli.Commands;

/// <summary>
/// The <c>validate</c> command: loads a rule set and its regression cases like a compiler and prints every diagnostic
/// as <c>file:line:col: error CODE: message [id]</c> (unverified indicators as warnings), then a one-line summary.
/// </summary>
/// <remarks>Exit code 0 when there are no errors (warnings allowed), 1 otherwise.</remarks>
internal static class ValidateCommand
{
    private const int Success = 0;
    private const int Failure = 1;

    /// <summary>Builds the <c>validate</c> command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var rulesArgument = new Argument<string>("rules") { Description = RuleSetResolver.Description };
        var calendarFileOption = RuleSetResolver.CalendarFileOption();
        var command = new Command(
            "validate",
            "Check a rule set and its regression cases (tests/*.yaml), with any --calendar-file: print every error and warning with file:line:col, and a summary line. Exits 1 when there is an error.")
        {
            rulesArgument, calendarFileOption,
        };
        command.SetAction(parse =>
        {
            try
            {
                return Run(parse.GetRequiredValue(rulesArgument), parse.GetValue(calendarFileOption) ?? [], parse.InvocationConfiguration.Output);
            }
            catch (CommandInputException ex)
            {
                parse.InvocationConfiguration.Error.WriteLine($"error: {ex.Message}");
                return Failure;
            }
        });
        return command;
    }

    private static int Run(string value, IReadOnlyList<string> calendarFiles, TextWriter output)
    {
        var reference = RuleSetResolver.Normalize(value);
        var rules = RuleSetResolver.TryResolve(reference, calendarFiles);
        var diagnostics = rules.Diagnostics.ToList();
        var indicators = 0;
        var unverified = 0;
        var cases = 0;
        if (rules.TryGetValue(out var compiled))
        {
            indicators = compiled.Revision.Indicators.Length;
            unverified = compiled.Revision.Indicators.Count(i => !i.Verified);
            var suite = RegressionSuite.TryLoad(reference, compiled.Revision);
            diagnostics.AddRange(suite.Diagnostics);
            cases = suite.TryGetValue(out var loaded) ? loaded.Cases.Length : 0;
        }

        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(diagnostic.ToString());
        }

        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count - errors;
        var counts = $"{errors} error(s), {warnings} warning(s)";
        output.WriteLine(errors == 0
            ? $"{value}: valid: {indicators} indicators ({unverified} not verified), {cases} regression cases; {counts}"
            : $"{value}: invalid: {counts}");
        return errors == 0 ? Success : Failure;
    }
}
