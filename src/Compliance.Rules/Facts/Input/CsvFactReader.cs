using System.Text;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Yaml;

namespace Compliance.Rules.Facts.Input;

/// <summary>
/// Reads a batch of facts from CSV files, one file per fact type (<c>websites.csv</c>, <c>new_media.csv</c>,
/// <c>messages.csv</c>… or their Chinese names), as staff export them from Excel or WPS: UTF-8 with or without a byte
/// order mark, a header row in English snake_case or in Chinese (see <see cref="CsvVocabulary"/>), one fact per row. Records are split by <see cref="CsvParser"/>.
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
/// duplicate id, an observation naming a subject that no file of the batch has, malformed CSV, a file that is not UTF-8.
/// Files with any error yield no batch.
/// </para>
/// </remarks>
internal static class CsvFactReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads CSV files as one batch.</summary>
    /// <param name="files">The files, in the order their subjects are reported.</param>
    /// <param name="source">How to name the input as a whole (the folder or file given).</param>
    /// <returns>The batch, or every problem found.</returns>
    public static LoadResult<FactBatch> Read(IReadOnlyList<string> files, string source)
    {
        var diagnostics = new List<Diagnostic>();
        var records = new List<CsvRecord>();
        foreach (var file in files)
        {
            ReadFile(file, diagnostics, records);
        }

        CheckIdentities(records, diagnostics);
        if (diagnostics.Count > 0)
        {
            return LoadResult<FactBatch>.Failed(Ordered(diagnostics));
        }

        return FactBatch.Create(
            records.Where(r => r.IsSubject).Select(r => (Subject)r.Fact!),
            records.Where(r => !r.IsSubject).Select(r => (Observation)r.Fact!),
            source);
    }

    /// <summary>Orders diagnostics by file, line and column.</summary>
    /// <param name="diagnostics">The diagnostics.</param>
    /// <returns>The ordered list.</returns>
    public static List<Diagnostic> Ordered(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics
            .OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)];

    private static void ReadFile(string file, List<Diagnostic> diagnostics, List<CsvRecord> records)
    {
        var type = CsvVocabulary.TypeOfFile(file);
        if (type is null)
        {
            diagnostics.Add(Diagnostic.Error(
                FactsDiagnosticCodes.UnknownFactType,
                $"'{Path.GetFileName(file)}' does not name a fact type; a CSV facts file is named after the facts it holds: {CsvVocabulary.FileNameList}",
                SourceLocation.OfFile(file)));
            return;
        }

        var bytes = ReadUtf8(file, diagnostics);
        if (bytes is null)
        {
            return;
        }

        var malformed = new List<(int Line, string Problem)>();
        var rows = CsvParser.Parse(StrictUtf8.GetString(bytes), malformed);
        if (rows.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error(FactsDiagnosticCodes.MissingField, $"the file is empty: it needs a header row naming its columns, such as {Columns(type)}", SourceLocation.OfFile(file)));
            return;
        }

        var layout = CsvLayout.Read(rows[0], file, type, diagnostics);
        foreach (var row in rows.Skip(1))
        {
            var cells = row.Cells.Select(c => c.Trim()).ToArray();
            if (cells.All(c => c.Length == 0))
            {
                continue;
            }

            records.Add(layout.ReadRow(cells, row.Line, diagnostics));
        }

        foreach (var (line, problem) in malformed)
        {
            diagnostics.Add(Diagnostic.Error(
                FactsDiagnosticCodes.UnreadableInput,
                $"malformed CSV ({problem}); a value holding a comma, a quote or a line break must be quoted, with quotes doubled inside it",
                new SourceLocation(file, line, 0)));
        }
    }

    private static byte[]? ReadUtf8(string file, List<Diagnostic> diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(FactsDiagnosticCodes.UnreadableInput, $"the file cannot be read: {ex.Message}", SourceLocation.OfFile(file)));
            return null;
        }

        try
        {
            _ = StrictUtf8.GetCharCount(bytes);
            return bytes;
        }
        catch (DecoderFallbackException ex)
        {
            var line = 1 + bytes.AsSpan(0, Math.Max(0, ex.Index)).Count((byte)'\n');
            diagnostics.Add(Diagnostic.Error(
                FactsDiagnosticCodes.UnreadableInput,
                "the file is not UTF-8 (probably GBK, the default of Chinese Excel); save it as \"CSV UTF-8 (逗号分隔)\" in Excel or choose UTF-8 encoding in WPS",
                new SourceLocation(file, line, 0)));
            return null;
        }
    }

    private static void CheckIdentities(List<CsvRecord> records, List<Diagnostic> diagnostics)
    {
        var subjects = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var record in records.Where(r => r.IsSubject && r.Id is not null))
        {
            if (!subjects.TryAdd(record.Id!, record.IdAt))
            {
                diagnostics.Add(Diagnostic.Error(
                    FactsDiagnosticCodes.DuplicateSubject,
                    $"subject id '{record.Id}' is used twice (first at {subjects[record.Id!]})",
                    record.IdAt,
                    record.Id));
            }
        }

        var observations = new Dictionary<(string, string), SourceLocation>();
        foreach (var record in records.Where(r => !r.IsSubject))
        {
            if (record.Id is { } id && !observations.TryAdd((record.Type.Name, id), record.IdAt))
            {
                diagnostics.Add(Diagnostic.Error(
                    FactsDiagnosticCodes.DuplicateObservation,
                    $"{record.Type.Name} id '{id}' is used twice (first at {observations[(record.Type.Name, id)]})",
                    record.IdAt,
                    id));
            }

            if (record.SubjectId is { } subjectId && !subjects.ContainsKey(subjectId))
            {
                diagnostics.Add(Diagnostic.Error(
                    FactsDiagnosticCodes.UnknownSubject,
                    $"{record.Type.Name} '{record.Id}' names subject '{subjectId}', which no website or new-media account of the batch has{YamlMap.Suggest(subjectId, subjects.Keys)}",
                    record.SubjectIdAt,
                    record.Id));
            }
        }
    }

    /// <summary>Lists a fact type's columns for messages: snake_case name and documented Chinese header.</summary>
    /// <param name="type">The fact type.</param>
    /// <returns>The list.</returns>
    public static string Columns(FactTypeInfo type) =>
        string.Join(", ", new FactConstructor(type).Fields.Select(f => CsvVocabulary.Describe(type, f.Name)));
}
