using System.Globalization;
using System.Text;

namespace Compliance.Rules.Reporting;

/// <summary>Writes a <see cref="BatchReport"/> or an <see cref="ImpactReport"/> as Markdown, CSV or JSON.</summary>
/// <remarks>
/// Text formats are UTF-8 and keep Chinese text as it is (JSON does not escape it). CSV written to a stream starts with
/// a byte order mark, so that Excel and WPS open it as UTF-8 rather than as GBK. This type is thread-safe.
/// </remarks>
public static class ReportWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly UTF8Encoding Utf8WithMark = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Parses a format name as the command line writes it: <c>md</c> (or <c>markdown</c>), <c>csv</c>, <c>json</c>.</summary>
    /// <param name="name">The name, in any case.</param>
    /// <param name="format">The format when the name is known.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParseFormat(string? name, out ReportFormat format)
    {
        ReportFormat? parsed = name?.Trim().ToLowerInvariant() switch
        {
            "md" or "markdown" => ReportFormat.Markdown,
            "csv" => ReportFormat.Csv,
            "json" => ReportFormat.Json,
            _ => null,
        };
        format = parsed ?? default;
        return parsed is not null;
    }

    /// <summary>Writes a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">Where to write.</param>
    /// <exception cref="ArgumentOutOfRangeException">The format is not a member of <see cref="ReportFormat"/>.</exception>
    public static void Write(BatchReport report, ReportFormat format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case ReportFormat.Markdown:
                MarkdownReportWriter.Write(report, output);
                break;
            case ReportFormat.Csv:
                CsvReportWriter.Write(report, output);
                break;
            case ReportFormat.Json:
                JsonReportWriter.Write(report, new TextWriterStream(output));
                output.WriteLine();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "not a report format");
        }
    }

    /// <summary>Writes a report to a stream (a file) as UTF-8; CSV starts with a byte order mark.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(BatchReport report, ReportFormat format, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        if (format == ReportFormat.Json)
        {
            JsonReportWriter.Write(report, output);
            output.Write("\n"u8);
            return;
        }

        using var writer = new StreamWriter(output, format == ReportFormat.Csv ? Utf8WithMark : Utf8, leaveOpen: true);
        Write(report, format, writer);
    }

    /// <summary>Writes an impact report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">Where to write.</param>
    /// <exception cref="ArgumentOutOfRangeException">The format is not a member of <see cref="ReportFormat"/>.</exception>
    public static void Write(ImpactReport report, ReportFormat format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case ReportFormat.Markdown:
                ImpactMarkdownWriter.Write(report, output);
                break;
            case ReportFormat.Csv:
                CsvReportWriter.Write(report.Tables, output);
                break;
            case ReportFormat.Json:
                ImpactJsonWriter.Write(report, new TextWriterStream(output));
                output.WriteLine();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "not a report format");
        }
    }

    /// <summary>Writes an impact report to a stream (a file) as UTF-8; CSV starts with a byte order mark.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(ImpactReport report, ReportFormat format, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        if (format == ReportFormat.Json)
        {
            ImpactJsonWriter.Write(report, output);
            output.Write("\n"u8);
            return;
        }

        using var writer = new StreamWriter(output, format == ReportFormat.Csv ? Utf8WithMark : Utf8, leaveOpen: true);
        Write(report, format, writer);
    }
}
