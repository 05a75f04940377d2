using System.Text;
using Compliance.Rules.Diagnostics;

namespace Compliance.Rules.Facts.Input;

/// <summary>
/// Reads a batch of facts from CSV files, one file per fact type (<c>websites.csv</c>, <c>new_media.csv</c>,
/// <c>messages.csv</c>… or their Chinese names), as staff export them from Excel or WPS: UTF-8 with or without a byte
/// order mark, or GB18030/GBK as Chinese Excel and WPS save "CSV (逗号分隔)" (a warning, CR3014, states the encoding),
/// a header row in English snake_case or in Chinese (see <see cref="CsvVocabulary"/>), one fact per row. Records are
/// split by <see cref="CsvParser"/>.
/// </summary>
/// <remarks>
/// <para>
/// Values are read by <see cref="FactValueReader"/> (the syntax of the JSON/YAML facts: dates <c>2024-06-27</c>, local
/// times <c>2024-06-14 10:30</c>, 是/否 or true/false, Chinese category labels; and dates and times as Excel writes
/// them, <c>2024/6/27</c>, <c>2024年6月27日</c>, <c>2024/6/27 10:00</c>) and facts are made by
/// <see cref="FactConstructor"/>. An observation file may leave out the <c>id</c> column: each row's id is then its file
/// name and line (<c>publications.csv:12</c>).
/// </para>
/// <para>
/// Every problem is reported at once, with the file, the line of the row and the position of the cell (1 = the first
/// column): an unknown file name or column, a missing required column or value, a value that cannot be read, a
/// duplicate id, an observation naming a subject that no file of the batch has, malformed CSV, a value or row beyond
/// the limits, a file in another encoding (then that is the file's only error, and observations in other files naming
/// subjects it may hold are not reported either). The encoding is decided without guessing: strict UTF-8 first, then
/// strict GB18030; a file that is neither, or that read as GB18030 has a header naming none of its columns, is in an
/// encoding the reader does not take.
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
            diagnostics.Add(Diagnostic.Create(
                DiagnosticCodes.FactsUnknownFactType,
                $"'{Path.GetFileName(file)}' does not name a fact type; a CSV facts file is named after the facts it holds: {CsvVocabulary.FileNameList}",
                SourceLocation.OfFile(file)));
            return;
        }

        var malformed = new List<(int Line, string Problem)>();
        var tooLarge = new List<(int Line, string Problem)>();
        try
        {
            var encoding = FactsInput.FitsSize(file, InputLimits.MaxFactsFileBytes, "a facts file", diagnostics) ? EncodingOf(file, diagnostics) : null;
            if (encoding is null)
            {
                collector.Incomplete = true;
                return;
            }

            using var reader = new StreamReader(TextEncodingCheck.OpenRead(file), encoding.Value.Kind == TextEncodingKind.Gb18030 ? TextEncodingCheck.Gb18030 : TextEncodingCheck.StrictUtf8, detectEncodingFromByteOrderMarks: false);
            CsvLayout? layout = null;
            foreach (var row in CsvParser.Parse(reader, malformed, tooLarge))
            {
                if (layout is null)
                {
                    layout = ReadHeader(row, file, type, encoding.Value, diagnostics);
                    if (layout is null)
                    {
                        // Read as GB18030, the header means nothing: the file is in some other encoding, which is its
                        // only error; whatever else it seems to hold would be read from misdecoded text.
                        malformed.Clear();
                        tooLarge.Clear();
                        collector.Incomplete = true;
                        return;
                    }

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
                diagnostics.Add(Diagnostic.Create(DiagnosticCodes.MissingField, $"the file is empty: it needs a header row naming its columns, such as {Columns(type)}", SourceLocation.OfFile(file)));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticCodes.UnreadableInput, $"the file cannot be read: {ex.Message}", SourceLocation.OfFile(file)));
            collector.Incomplete = true;
        }

        foreach (var (line, problem) in malformed)
        {
            diagnostics.Add(Diagnostic.Create(
                DiagnosticCodes.UnreadableInput,
                $"malformed CSV ({problem}); a value holding a comma, a quote or a line break must be quoted, with quotes doubled inside it",
                new SourceLocation(file, line, 0)));
        }

        foreach (var (line, problem) in tooLarge)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticCodes.TooLarge, problem, new SourceLocation(file, line, 0)));
        }
    }

    // The file's encoding: UTF-8, or GB18030 (GBK), which the header's warning states; anything else is the file's only
    // error.
    private static TextEncodingResult? EncodingOf(string file, ICollection<Diagnostic> diagnostics)
    {
        var encoding = TextEncodingCheck.Check(file);
        if (encoding.Kind is TextEncodingKind.Utf8 or TextEncodingKind.Gb18030)
        {
            return encoding;
        }

        diagnostics.Add(Diagnostic.Create(
            DiagnosticCodes.WrongEncoding,
            encoding.Kind == TextEncodingKind.Utf16
                ? "the file is UTF-16 (\"Unicode text\"); save it as \"CSV UTF-8 (逗号分隔)\" in Excel or choose UTF-8 encoding in WPS"
                : "the file is neither UTF-8 nor GB18030/GBK (this line holds the first byte that is not UTF-8); save it as \"CSV UTF-8 (逗号分隔)\" in Excel or choose UTF-8 encoding in WPS",
            new SourceLocation(file, encoding.FirstNonUtf8Line, encoding.FirstNonUtf8Line == 0 ? 0 : 1)));
        return null;
    }

    // Reads the header row. A GB18030 file whose header names none of the type's columns was not GB18030 after all (a
    // UTF-8 file with a stray byte decodes as GB18030 more often than not): that is its one error, and no layout.
    private static CsvLayout? ReadHeader(CsvRow row, string file, FactTypeInfo type, TextEncodingResult encoding, ICollection<Diagnostic> diagnostics)
    {
        if (encoding.Kind != TextEncodingKind.Gb18030)
        {
            return CsvLayout.Read(row, file, type, diagnostics);
        }

        var headerDiagnostics = new List<Diagnostic>();
        var layout = CsvLayout.Read(row, file, type, headerDiagnostics);
        var at = new SourceLocation(file, encoding.FirstNonUtf8Line, 1);
        if (!layout.HasKnownColumn)
        {
            var header = string.Join(",", row.Cells);
            diagnostics.Add(Diagnostic.Create(
                DiagnosticCodes.WrongEncoding,
                $"the file is not UTF-8 (this line holds the first byte that is not), and read as GB18030 (GBK) its header names none of the columns of a {type.Name} file: it reads '{MessageExcerpt.Of(header)}'; save it as \"CSV UTF-8 (逗号分隔)\" in Excel or choose UTF-8 encoding in WPS",
                at));
            return null;
        }

        diagnostics.Add(Diagnostic.Create(
            DiagnosticCodes.ReadAsGb18030,
            "the file is not UTF-8 (this line holds the first byte that is not) and was read as GB18030 (GBK), as Chinese Excel and WPS save \"CSV (逗号分隔)\"",
            at));
        foreach (var diagnostic in headerDiagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        return layout;
    }

    /// <summary>Lists a fact type's columns for messages: snake_case name and documented Chinese header.</summary>
    /// <param name="type">The fact type.</param>
    /// <returns>The list.</returns>
    public static string Columns(FactTypeInfo type) =>
        string.Join(", ", new FactConstructor(type).Fields.Select(f => CsvVocabulary.Describe(type, f.Name)));
}
