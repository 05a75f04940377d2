using Compliance.Rules.Reporting;

namespace Compliance.Rules.Cli.Commands;

/// <summary>The formats the tool writes a report in: the library's text formats and the two Office documents.</summary>
internal enum OutputFormat
{
    /// <summary>Markdown (<c>md</c>).</summary>
    Markdown,

    /// <summary>CSV (<c>csv</c>), UTF-8 with a byte order mark.</summary>
    Csv,

    /// <summary>JSON (<c>json</c>).</summary>
    Json,

    /// <summary>An Excel workbook (<c>xlsx</c>), one sheet per table.</summary>
    Xlsx,

    /// <summary>A Word draft of the notice (<c>docx</c>).</summary>
    Docx,
}

/// <summary>What the tool knows of its output formats.</summary>
internal static class OutputFormats
{
    /// <summary>Gets the library's text format of a format, or <see langword="null"/> for an Office document.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The text format, or <see langword="null"/>.</returns>
    public static ReportFormat? TextFormat(this OutputFormat format) => format switch
    {
        OutputFormat.Markdown => ReportFormat.Markdown,
        OutputFormat.Csv => ReportFormat.Csv,
        OutputFormat.Json => ReportFormat.Json,
        _ => null,
    };

    /// <summary>Gets the name the command line gives a format, such as <c>xlsx</c>.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The name.</returns>
    public static string Name(this OutputFormat format) => format == OutputFormat.Markdown ? "md" : format.ToString().ToLowerInvariant();
}
