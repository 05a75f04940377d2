using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;
using Compliance.Rules.Facts.Input;
using Compliance.Rules.Reporting;
using NodaTime;
using NodaTime.Text;

namespace Compliance.Rules.Cli.Commands;

/// <summary>What the commands that write reports share: reading <c>--as-of</c> and <c>--format</c>, and refusing input with errors.</summary>
internal static class CommandInput
{
    /// <summary>The exit code when the rule set or the facts have errors (nothing is evaluated).</summary>
    public const int InputErrors = 2;

    /// <summary>Prints every diagnostic and a summary line on standard error.</summary>
    /// <param name="error">Standard error.</param>
    /// <param name="diagnostics">The diagnostics.</param>
    /// <param name="summary">What was refused and why.</param>
    /// <returns><see cref="InputErrors"/>.</returns>
    public static int Refuse(TextWriter error, IEnumerable<Diagnostic> diagnostics, string summary)
    {
        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine(TerminalText.Of(diagnostic.ToString()));
        }

        error.WriteLine(TerminalText.Of($"error: {summary}"));
        return InputErrors;
    }

    /// <summary>Reads an as-of date.</summary>
    /// <param name="text">The option's value.</param>
    /// <param name="option">The option's name, for the message.</param>
    /// <returns>The date.</returns>
    /// <exception cref="CommandInputException">The value is not an ISO date.</exception>
    public static LocalDate ParseDate(string text, string option = "--as-of")
    {
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success
            ? result.Value
            : throw new CommandInputException($"{option} '{text}' is not a date: expected YYYY-MM-DD, such as 2024-06-27");
    }

    /// <summary>Reads a report format: a text format, or <see langword="null"/> for an xlsx workbook.</summary>
    /// <param name="text">The option's value.</param>
    /// <param name="what">The report, for the message about docx (which is not written yet).</param>
    /// <returns>The text format, or <see langword="null"/> for xlsx.</returns>
    /// <exception cref="CommandInputException">The value is not a format the command writes.</exception>
    public static ReportFormat? ParseFormat(string? text, string what) =>
        ReportWriter.TryParseFormat(text, out var format) ? format
        : string.Equals(text?.Trim(), "xlsx", StringComparison.OrdinalIgnoreCase) ? null
        : string.Equals(text?.Trim(), "docx", StringComparison.OrdinalIgnoreCase)
            ? throw new CommandInputException($"--format docx is not supported yet: {what} is written as md, csv, json or xlsx")
            : throw new CommandInputException($"--format '{text}' is not a report format: expected md, csv, json or xlsx");

    /// <summary>
    /// Reads the facts of <c>--facts</c>, printing their warnings; with errors, prints them all and gives the exit code.
    /// </summary>
    /// <param name="path">The facts file or folder.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="refused">The exit code when the facts have errors (<see cref="InputErrors"/>).</param>
    /// <returns>The batch, or <see langword="null"/> when the facts have errors.</returns>
    public static FactBatch? ReadFacts(string path, TextWriter error, out int refused)
    {
        var facts = FactsInput.Read(path);
        if (!facts.TryGetValue(out var batch))
        {
            refused = Refuse(error, facts.Errors, $"{facts.Errors.Count()} problem(s) in the facts '{path}': nothing was evaluated");
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
