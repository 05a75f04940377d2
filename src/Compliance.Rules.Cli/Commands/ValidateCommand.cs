using System.CommandLine;
using Compliance.Rules.Cli.Texts;
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
    /// <param name="language">The language of its help and messages.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliLanguage language)
    {
        var common = CommonTexts.For(language);
        var texts = ValidateTexts.For(language);
        var rulesArgument = new Argument<string>("rules") { Description = RuleSetResolver.Description(common) };
        var calendarFileOption = RuleSetResolver.CalendarFileOption(common);
        var command = new Command("validate", texts.Description)
        {
            rulesArgument, calendarFileOption,
        };
        command.SetAction(parse =>
        {
            try
            {
                return Run(parse.GetRequiredValue(rulesArgument), parse.GetValue(calendarFileOption) ?? [], (common, texts), parse.InvocationConfiguration.Output);
            }
            catch (CommandInputException ex)
            {
                parse.InvocationConfiguration.Error.WriteLine(TerminalText.Lines(common.ErrorPrefix + ex.Message));
                return Failure;
            }
        });
        return command;
    }

    private static int Run(string value, IReadOnlyList<string> calendarFiles, (CommonTexts Common, ValidateTexts Own) texts, TextWriter output)
    {
        var reference = RuleSetResolver.Normalize(value);
        var rules = RuleSetResolver.TryResolve(reference, calendarFiles, texts.Common);
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
            output.WriteLine(TerminalText.Of(diagnostic.ToString()));
        }

        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count - errors;
        output.WriteLine(errors == 0
            ? texts.Own.Valid(value, indicators, unverified, cases, errors, warnings)
            : texts.Own.Invalid(value, errors, warnings));
        return errors == 0 ? Success : Failure;
    }
}
