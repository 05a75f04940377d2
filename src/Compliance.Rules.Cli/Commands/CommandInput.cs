using Compliance.Rules.Cli.Texts;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;
using Compliance.Rules.Facts.Input;
using Compliance.Rules.Reporting;
using NodaTime;
using NodaTime.Text;

namespace Compliance.Rules.Cli.Commands;

/// <summary>
/// What the commands that write reports share: reading <c>--as-of</c>, <c>--format</c> and the facts, and refusing input
/// with errors.
/// </summary>
internal static class CommandInput
{
    /// <summary>The exit code when the rule set or the facts have errors (nothing is evaluated).</summary>
    public const int InputErrors = 2;

    /// <summary>Prints every diagnostic and a summary line on standard error.</summary>
    /// <param name="error">Standard error.</param>
    /// <param name="diagnostics">The diagnostics.</param>
    /// <param name="summary">What was refused and why.</param>
    /// <param name="texts">The texts of the run's language.</param>
    /// <returns><see cref="InputErrors"/>.</returns>
    public static int Refuse(TextWriter error, IEnumerable<Diagnostic> diagnostics, string summary, CommonTexts texts)
    {
        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine(TerminalText.Of(diagnostic.ToString()));
        }

        error.WriteLine(TerminalText.Of(texts.ErrorPrefix + summary));
        return InputErrors;
    }

    /// <summary>Reads a date (<c>--as-of</c>, or an argument of the calendar commands).</summary>
    /// <param name="text">The value.</param>
    /// <param name="name">The option or argument, for the message.</param>
    /// <param name="texts">The texts of the run's language.</param>
    /// <returns>The date.</returns>
    /// <exception cref="CommandInputException">The value is not an ISO date.</exception>
    public static LocalDate ParseDate(string? text, string name, CommonTexts texts)
    {
        var result = LocalDatePattern.Iso.Parse(text ?? string.Empty);
        return result.Success ? result.Value : throw new CommandInputException(texts.NotADate(name, text ?? string.Empty));
    }

    /// <summary>Reads a report format.</summary>
    /// <param name="text">The option's value.</param>
    /// <param name="report">What the report is (for the message refusing docx), and whether the command writes a notice draft (docx): only <c>evaluate</c> does.</param>
    /// <param name="texts">The texts of the run's language.</param>
    /// <returns>The format.</returns>
    /// <exception cref="CommandInputException">The value is not a format the command writes.</exception>
    public static OutputFormat ParseFormat(string? text, (string What, bool Notice) report, CommonTexts texts)
    {
        OutputFormat? format = ReportWriter.TryParseFormat(text, out var textFormat)
            ? textFormat switch
            {
                ReportFormat.Csv => OutputFormat.Csv,
                ReportFormat.Json => OutputFormat.Json,
                _ => OutputFormat.Markdown,
            }
            : text?.Trim().ToLowerInvariant() switch
            {
                "xlsx" => OutputFormat.Xlsx,
                "docx" when report.Notice => OutputFormat.Docx,
                "docx" => throw new CommandInputException(texts.DocxOnlyForEvaluate(report.What)),
                _ => null,
            };
        return format ?? throw new CommandInputException(texts.UnknownFormat(text ?? string.Empty, report.Notice));
    }

    /// <summary>
    /// Reads the facts of <c>--facts</c>, printing their warnings; with errors, prints them all and gives the exit code.
    /// </summary>
    /// <param name="path">The facts file or folder.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="texts">The texts of the run's language.</param>
    /// <param name="refused">The exit code when the facts have errors (<see cref="InputErrors"/>).</param>
    /// <returns>The batch, or <see langword="null"/> when the facts have errors.</returns>
    public static FactBatch? ReadFacts(string path, TextWriter error, CommonTexts texts, out int refused)
    {
        var facts = FactsInput.Read(path);
        if (!facts.TryGetValue(out var batch))
        {
            refused = Refuse(error, facts.Errors, texts.FactsProblems(facts.Errors.Count(), path), texts);
            return null;
        }

        foreach (var warning in facts.Diagnostics)
        {
            error.WriteLine(TerminalText.Of(warning.ToString()));
        }

        // Reading a national batch leaves the reader's working set (identities and positions of millions of facts)
        // behind as garbage; compacting it away before the evaluation keeps the peak near the batch itself instead of
        // the batch plus everything the reader needed.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        refused = 0;
        return batch;
    }
}
