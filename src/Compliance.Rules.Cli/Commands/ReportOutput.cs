using Compliance.Rules.Cli.Reporting;
using Compliance.Rules.Reporting;

namespace Compliance.Rules.Cli.Commands;

/// <summary>
/// Writes a report where the command line asks: to the file of <c>--out</c>, or to standard output.
/// </summary>
/// <remarks>
/// CSV starts with a UTF-8 byte order mark on both routes, so that <c>--format csv &gt; 结果.csv</c> opens in Excel and
/// WPS as UTF-8 rather than as GBK, like <c>--out 结果.csv</c> (the tool writes redirected standard output as UTF-8 on
/// every system, see Program.cs). The mark is the character U+FEFF, which a terminal does not act on; the CSV's cells
/// are made safe for terminals and spreadsheets by the CSV writer. Office documents are binary and need a file.
/// </remarks>
internal static class ReportOutput
{
    /// <summary>The byte order mark as a character: the text writer of standard output encodes it as EF BB BF.</summary>
    public const char ByteOrderMark = '\uFEFF';

    /// <summary>Refuses a binary format without a file.</summary>
    /// <param name="format">The format.</param>
    /// <param name="file">The file of <c>--out</c>, or <see langword="null"/>.</param>
    /// <param name="example">A file name for the message, such as report.</param>
    /// <exception cref="CommandInputException">The format is binary and no file is given.</exception>
    public static void RequireFileForBinary(OutputFormat format, string? file, string example)
    {
        if (file is null && format.TextFormat() is null)
        {
            var name = format.Name();
            throw new CommandInputException($"{name} is a binary document: give the file to write with --out, such as --out {example}.{name}");
        }
    }

    /// <summary>Writes an evaluation's report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="file">The file to write, or <see langword="null"/> for standard output.</param>
    /// <param name="output">Standard output.</param>
    public static void Write(BatchReport report, OutputFormat format, string? file, TextWriter output) => Write(
        format,
        file,
        output,
        (text, writer) => ReportWriter.Write(report, text, writer),
        (text, stream) => ReportWriter.Write(report, text, stream),
        stream =>
        {
            if (format == OutputFormat.Docx)
            {
                DocxNoticeWriter.Write(report, stream);
            }
            else
            {
                XlsxReportWriter.Write(report, stream);
            }
        });

    /// <summary>Writes an impact report (as text or a workbook: an impact is not a notice, so there is no docx).</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format, not <see cref="OutputFormat.Docx"/>.</param>
    /// <param name="file">The file to write, or <see langword="null"/> for standard output.</param>
    /// <param name="output">Standard output.</param>
    public static void Write(ImpactReport report, OutputFormat format, string? file, TextWriter output) => Write(
        format,
        file,
        output,
        (text, writer) => ReportWriter.Write(report, text, writer),
        (text, stream) => ReportWriter.Write(report, text, stream),
        stream => XlsxReportWriter.Write(report.Tables, stream));

    /// <summary>Writes a forecast report (as text or a workbook: a forecast is not a notice, so there is no docx).</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format, not <see cref="OutputFormat.Docx"/>.</param>
    /// <param name="file">The file to write, or <see langword="null"/> for standard output.</param>
    /// <param name="output">Standard output.</param>
    public static void Write(ForecastReport report, OutputFormat format, string? file, TextWriter output) => Write(
        format,
        file,
        output,
        (text, writer) => ReportWriter.Write(report, text, writer),
        (text, stream) => ReportWriter.Write(report, text, stream),
        stream => XlsxReportWriter.Write(report.Tables, stream));

    private static void Write(OutputFormat format, string? file, TextWriter output, Action<ReportFormat, TextWriter> toWriter, Action<ReportFormat, Stream> toFile, Action<Stream> toDocument)
    {
        var text = format.TextFormat();
        if (file is null)
        {
            if (text == ReportFormat.Csv)
            {
                output.Write(ByteOrderMark);
            }

            toWriter(text ?? throw new InvalidOperationException($"{format.Name()} needs a file"), output);
            return;
        }

        using var stream = File.Create(file);
        if (text is { } textFormat)
        {
            toFile(textFormat, stream);
        }
        else
        {
            toDocument(stream);
        }
    }
}
