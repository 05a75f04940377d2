using Compliance.Rules.Cli.Texts;
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

    /// <summary>Reads a report format: a text format, or <see langword="null"/> for an xlsx workbook.</summary>
    /// <param name="text">The option's value.</param>
    /// <param name="what">The report, for the message about docx (which is not written yet).</param>
    /// <param name="texts">The texts of the run's language.</param>
    /// <returns>The text format, or <see langword="null"/> for xlsx.</returns>
    /// <exception cref="CommandInputException">The value is not a format the command writes.</exception>
    public static ReportFormat? ParseFormat(string? text, string what, CommonTexts texts) =>
        ReportWriter.TryParseFormat(text, out var format) ? format
        : string.Equals(text?.Trim(), "xlsx", StringComparison.OrdinalIgnoreCase) ? null
        : string.Equals(text?.Trim(), "docx", StringComparison.OrdinalIgnoreCase)
            ? throw new CommandInputException(texts.DocxNotSupported(what))
            : throw new CommandInputException(texts.UnknownFormat(text ?? string.Empty));
}
