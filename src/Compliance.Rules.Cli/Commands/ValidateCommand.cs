using System.CommandLine;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Cli.Texts;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Labels;
using Compliance.Rules.Testing;

namespace Compliance.Rules.Cli.Commands;

/// <summary>
/// The <c>validate</c> command: loads a rule set and its regression cases like a compiler and prints every diagnostic
/// as <c>file:line:col: error CODE: message [id]</c>, the count of indicators by provenance (confirmed, transcribed,
/// derived) on one line, then a one-line summary; <c>--list-provenance</c> lists every indicator with its provenance.
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
        var listOption = new Option<bool>("--list-provenance") { Description = texts.ListProvenance };
        var command = new Command("validate", texts.Description)
        {
            rulesArgument, calendarFileOption, listOption,
        };
        command.SetAction(parse =>
        {
            try
            {
                return Run(parse.GetRequiredValue(rulesArgument), parse.GetValue(calendarFileOption) ?? [], parse.GetValue(listOption), (common, texts), parse.InvocationConfiguration.Output);
            }
            catch (CommandInputException ex)
            {
                parse.InvocationConfiguration.Error.WriteLine(TerminalText.Lines(common.ErrorPrefix + ex.Message));
                return Failure;
            }
        });
        return command;
    }

    private static int Run(string value, IReadOnlyList<string> calendarFiles, bool listProvenance, (CommonTexts Common, ValidateTexts Own) texts, TextWriter output)
    {
        var reference = RuleSetResolver.Normalize(value);
        var rules = RuleSetResolver.TryResolve(reference, calendarFiles, texts.Common);
        var diagnostics = rules.Diagnostics.ToList();
        var indicators = 0;
        var cases = 0;
        string? provenance = null;
        if (rules.TryGetValue(out var compiled))
        {
            indicators = compiled.Revision.Indicators.Length;
            provenance = ProvenanceCount(compiled.Revision.Indicators, texts.Own);
            if (listProvenance)
            {
                foreach (var indicator in compiled.Revision.Indicators)
                {
                    output.WriteLine($"{TerminalText.Of(indicator.Id)}\t{ProvenanceName(indicator.Provenance)}\t{TerminalText.Of(indicator.Name)}");
                }
            }

            var suite = RegressionSuite.TryLoad(reference, compiled.Revision);
            diagnostics.AddRange(suite.Diagnostics);
            cases = suite.TryGetValue(out var loaded) ? loaded.Cases.Length : 0;
        }

        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(TerminalText.Of(diagnostic.ToString()));
        }

        if (provenance is not null)
        {
            output.WriteLine(provenance);
        }

        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count - errors;
        output.WriteLine(errors == 0
            ? texts.Own.Valid(value, indicators, cases, errors, warnings)
            : texts.Own.Invalid(value, errors, warnings));
        return errors == 0 ? Success : Failure;
    }

    // One line for the whole revision, instead of a warning per row: "provenance: 40 confirmed, 8 transcribed, 0 derived".
    private static string ProvenanceCount(IEnumerable<Indicator> indicators, ValidateTexts texts)
    {
        var counts = indicators.GroupBy(i => i.Provenance).ToDictionary(g => g.Key, g => g.Count());
        return texts.ProvenanceCount(counts.GetValueOrDefault(IndicatorProvenance.Confirmed), counts.GetValueOrDefault(IndicatorProvenance.Transcribed), counts.GetValueOrDefault(IndicatorProvenance.Derived));
    }

    private static string ProvenanceName(IndicatorProvenance provenance) => EnumVocabulary.NameOf(provenance);
}
