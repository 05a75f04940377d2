using Compliance.Rules.Diagnostics;
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

    /// <summary>Reads a report format.</summary>
    /// <param name="text">The option's value.</param>
    /// <param name="notice">Whether the command writes a notice draft (docx): only <c>evaluate</c> does.</param>
    /// <returns>The format.</returns>
    /// <exception cref="CommandInputException">The value is not a format the command writes.</exception>
    public static OutputFormat ParseFormat(string? text, bool notice)
    {
        var formats = notice ? "md, csv, json, xlsx or docx" : "md, csv, json or xlsx";
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
                "docx" when notice => OutputFormat.Docx,
                "docx" => throw new CommandInputException($"--format docx writes the draft of a notice, which only evaluate writes: an impact report is written as {formats}"),
                _ => null,
            };
        return format ?? throw new CommandInputException($"--format '{text}' is not a report format: expected {formats}");
    }
}
