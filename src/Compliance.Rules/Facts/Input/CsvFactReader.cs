using System.Text;
using Compliance.Rules.Diagnostics;

namespace Compliance.Rules.Facts.Input;

/// <summary>
/// Reads a batch of facts from CSV files, one file per fact type (<c>websites.csv</c>, <c>new_media.csv</c>,
/// <c>messages.csv</c>… or their Chinese names), as staff export them from Excel or WPS: UTF-8 with or without a byte
/// order mark, or GB18030/GBK (with a warning), a header row in English snake_case or in Chinese (see <see cref="CsvVocabulary"/>), one fact per row. Records are split by <see cref="CsvParser"/>.
/// </summary>
/// <remarks>
/// <para>
/// Values are read by <see cref="FactValueReader"/> (the syntax of the JSON/YAML facts: dates <c>2024-06-27</c>, local
/// times <c>2024-06-14 10:30</c>, 是/否 or true/false, Chinese category labels) and facts are made by
/// <see cref="FactConstructor"/>. An observation file may leave out the <c>id</c> column: each row's id is then its file
/// name and line (<c>publications.csv:12</c>).
/// </para>
/// <para>
/// Every problem is reported at once, with the file, the line of the row and the position of the cell (1 = the first
/// column): an unknown file name or column, a missing required column or value, a value that cannot be read, a
/// duplicate id, an observation naming a subject that no file of the batch has, malformed CSV, a value or row beyond
/// the limits, a file in another encoding (then that is the file's only error).
/// Files with any error yield no batch.
/// </para>
/// </remarks>
internal static class CsvFactReader
{
    /// <summary>Reads CSV files as one batch.</summary>
    /// <param name="files">The files, in the order their subjects are reported.</param>
    /// <param name="source">How to name the input as a whole (the folder or file given).</param>
    /// <returns>The batch, or every problem found.</returns>
    public static LoadResult<FactBatch> Read(IReadOnlyList<string> files, string source)
    {
        var collector = new FactCollector(new List<Diagnostic>());
        foreach (var file in files)
        {
            ReadFile(file, collector);
        }

        return collector.Build(source);
    }

    private static void ReadFile(string file, FactCollector collector)
    {
        var diagnostics = collector.Diagnostics;
        var type = CsvVocabulary.TypeOfFile(file);
        if (type is null)
        {
            diagnostics.Add(Diagnostic.Error(
                FactsDiagnosticCodes.UnknownFactType,
                $"'{Path.GetFileName(file)}' does not name a fact type; a CSV facts file is named after the facts it holds: {CsvVocabulary.FileNameList}",
                SourceLocation.OfFile(file)));
            return;
        }

        var malformed = new List<(int Line, string Problem)>();
        var tooLarge = new List<(int Line, string Problem)>();
        try
        {
            if (!FactsInput.FitsSize(file, InputLimits.MaxFactsFileBytes, "a facts file", diagnostics) || OpenText(file, diagnostics) is not { } reader)
            {
                collector.Incomplete = true;
                return;
            }

            using (reader)
            {
                CsvLayout? layout = null;
                foreach (var row in CsvParser.Parse(reader, malformed, tooLarge))
                {
                    if (layout is null)
                    {
                        layout = CsvLayout.Read(row, file, type, diagnostics);
                        continue;
                    }

                    var cells = row.Cells.Select(c => c.Trim()).ToArray();
                    if (cells.All(c => c.Length == 0))
                    {
                        continue;
                    }

                    var record = layout.ReadRow(cells, row.Line, diagnostics);
                    collector.Add(record.Type, record.Fact, 0, file, record.Id, record.IdAt, record.SubjectId, record.SubjectIdAt);
                }

                if (layout is null)
                {
                    diagnostics.Add(Diagnostic.Error(FactsDiagnosticCodes.MissingField, $"the file is empty: it needs a header row naming its columns, such as {Columns(type)}", SourceLocation.OfFile(file)));
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            diagnostics.Add(Diagnostic.Error(FactsDiagnosticCodes.UnreadableInput, $"the file cannot be read: {ex.Message}", SourceLocation.OfFile(file)));
            collector.Incomplete = true;
        }

        foreach (var (line, problem) in malformed)
        {
            diagnostics.Add(Diagnostic.Error(
                FactsDiagnosticCodes.UnreadableInput,
                $"malformed CSV ({problem}); a value holding a comma, a quote or a line break must be quoted, with quotes doubled inside it",
                new SourceLocation(file, line, 0)));
        }

        foreach (var (line, problem) in tooLarge)
        {
            diagnostics.Add(Diagnostic.Error(FactsDiagnosticCodes.TooLarge, problem, new SourceLocation(file, line, 0)));
        }
    }

    // Opens the file as text in the encoding it is in: UTF-8, or GB18030 (GBK) with a warning; anything else is the
    // file's only error.
    private static StreamReader? OpenText(string file, ICollection<Diagnostic> diagnostics)
    {
        var encoding = TextEncodingCheck.Check(file);
        switch (encoding.Kind)
        {
            case TextEncodingKind.Utf8:
                return new StreamReader(TextEncodingCheck.OpenRead(file), TextEncodingCheck.StrictUtf8, detectEncodingFromByteOrderMarks: false);
            case TextEncodingKind.Gb18030:
                diagnostics.Add(Diagnostic.Warning(
                    FactsDiagnosticCodes.ReadAsGb18030,
                    "the file is not UTF-8 and was read as GB18030 (GBK), the default of Chinese Excel and WPS; check the names in the report, and prefer \"CSV UTF-8 (逗号分隔)\" when saving",
                    new SourceLocation(file, encoding.FirstNonUtf8Line, 1)));
                return new StreamReader(TextEncodingCheck.OpenRead(file), TextEncodingCheck.Gb18030, detectEncodingFromByteOrderMarks: false);
            default:
                diagnostics.Add(Diagnostic.Error(
                    FactsDiagnosticCodes.WrongEncoding,
                    encoding.Kind == TextEncodingKind.Utf16
                        ? "the file is UTF-16 (\"Unicode text\"); save it as \"CSV UTF-8 (逗号分隔)\" in Excel or choose UTF-8 encoding in WPS"
                        : "the file is neither UTF-8 nor GB18030/GBK (this line holds the first byte that is not UTF-8); save it as \"CSV UTF-8 (逗号分隔)\" in Excel or choose UTF-8 encoding in WPS",
                    new SourceLocation(file, encoding.FirstNonUtf8Line, encoding.FirstNonUtf8Line == 0 ? 0 : 1)));
                return null;
        }
    }

    /// <summary>Lists a fact type's columns for messages: snake_case name and documented Chinese header.</summary>
    /// <param name="type">The fact type.</param>
    /// <returns>The list.</returns>
    public static string Columns(FactTypeInfo type) =>
        string.Join(", ", new FactConstructor(type).Fields.Select(f => CsvVocabulary.Describe(type, f.Name)));
}
