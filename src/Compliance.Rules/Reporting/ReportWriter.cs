using System.Globalization;
using System.Text;

namespace Compliance.Rules.Reporting;

/// <summary>Writes a <see cref="BatchReport"/>, an <see cref="ImpactReport"/> or a <see cref="ForecastReport"/> as Markdown, CSV or JSON.</summary>
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
        Write(format, output, w => MarkdownReportWriter.Write(report, w), report.Tables, s => JsonReportWriter.Write(report, s));
    }

    /// <summary>Writes a report to a stream (a file) as UTF-8; CSV starts with a byte order mark.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(BatchReport report, ReportFormat format, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        Write(format, output, w => MarkdownReportWriter.Write(report, w), report.Tables, s => JsonReportWriter.Write(report, s));
    }

    /// <summary>Writes an impact report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">Where to write.</param>
    /// <exception cref="ArgumentOutOfRangeException">The format is not a member of <see cref="ReportFormat"/>.</exception>
    public static void Write(ImpactReport report, ReportFormat format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        Write(format, output, w => ImpactMarkdownWriter.Write(report, w), report.Tables, s => ImpactJsonWriter.Write(report, s));
    }

    /// <summary>Writes an impact report to a stream (a file) as UTF-8; CSV starts with a byte order mark.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(ImpactReport report, ReportFormat format, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        Write(format, output, w => ImpactMarkdownWriter.Write(report, w), report.Tables, s => ImpactJsonWriter.Write(report, s));
    }

    /// <summary>Writes a forecast report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">Where to write.</param>
    /// <exception cref="ArgumentOutOfRangeException">The format is not a member of <see cref="ReportFormat"/>.</exception>
    public static void Write(ForecastReport report, ReportFormat format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        Write(format, output, w => ForecastMarkdownWriter.Write(report, w), report.Tables, s => ForecastJsonWriter.Write(report, s));
    }

    /// <summary>Writes a forecast report to a stream (a file) as UTF-8; CSV starts with a byte order mark.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(ForecastReport report, ReportFormat format, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        Write(format, output, w => ForecastMarkdownWriter.Write(report, w), report.Tables, s => ForecastJsonWriter.Write(report, s));
    }

    private static void Write(ReportFormat format, TextWriter output, Action<TextWriter> markdown, IEnumerable<ReportTable> tables, Action<Stream> json)
    {
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case ReportFormat.Markdown:
                markdown(output);
                break;
            case ReportFormat.Csv:
                CsvReportWriter.Write(tables, output);
                break;
            case ReportFormat.Json:
                json(new TextWriterStream(output));
                output.WriteLine();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "not a report format");
        }
    }

    private static void Write(ReportFormat format, Stream output, Action<TextWriter> markdown, IEnumerable<ReportTable> tables, Action<Stream> json)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (format == ReportFormat.Json)
        {
            json(output);
            output.Write("\n"u8);
            return;
        }

        using var writer = new StreamWriter(output, format == ReportFormat.Csv ? Utf8WithMark : Utf8, leaveOpen: true);
        Write(format, writer, markdown, tables, json);
    }
}
