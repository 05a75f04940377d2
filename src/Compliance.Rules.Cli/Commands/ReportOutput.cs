using Compliance.Rules.Cli.Reporting;
using Compliance.Rules.Reporting;

namespace Compliance.Rules.Cli.Commands;

/// <summary>Where the commands that write reports put them: standard output, or the file of <c>--out</c> (an xlsx workbook is always a file).</summary>
internal static class ReportOutput
{
    /// <summary>Writes a report in the run's format to standard output or to the run's file.</summary>
    /// <param name="run">The run: format and file.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="toText">Writes the report in a text format to a writer.</param>
    /// <param name="toFile">Writes the report in a text format to a file's stream.</param>
    /// <param name="tables">The report's tables, for an xlsx workbook.</param>
    public static void Write(EvaluateRun run, TextWriter output, Action<ReportFormat, TextWriter> toText, Action<ReportFormat, Stream> toFile, IEnumerable<ReportTable> tables)
    {
        if (run.File is null)
        {
            toText(run.Format!.Value, output);
            return;
        }

        using var stream = File.Create(run.File);
        if (run.Format is { } text)
        {
            toFile(text, stream);
        }
        else
        {
            XlsxReportWriter.Write(tables, stream);
        }
    }
}
