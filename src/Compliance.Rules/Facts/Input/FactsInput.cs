using Compliance.Rules.Diagnostics;
using Compliance.Rules.Yaml;

namespace Compliance.Rules.Facts.Input;

/// <summary>
/// Reads a batch of facts handed in by a monitoring system or exported from a spreadsheet: a JSON or YAML facts
/// document, a CSV file, or a folder of either.
/// </summary>
/// <remarks>
/// <para>
/// JSON and YAML documents have one shape, documented by <c>rules/schema/facts.schema.json</c>: <c>websites</c> and
/// <c>new_media</c> lists of subjects and <c>observations</c> mapping each fact type (<c>column</c>, <c>message</c>…) to a
/// list of facts, fields in snake_case. CSV files hold one fact type each and are named after it (<c>websites.csv</c>,
/// <c>new_media.csv</c>, <c>messages.csv</c>, or Chinese names such as <c>政务新媒体.csv</c>); their header row uses the
/// snake_case field names or the Chinese column names of the notices (账号名称, 开设主体, 账号类型, 单位…). JSON and YAML
/// documents are UTF-8 (a byte order mark is allowed); CSV files are UTF-8, with or without a byte order mark, or
/// GB18030/GBK as Chinese Excel and WPS save them (then a warning says so).
/// </para>
/// <para>
/// Files are read as streams (JSON token by token, CSV row by row), so a national batch of hundreds of megabytes loads
/// in a fraction of its size in memory beyond the facts themselves; hostile input (nesting 100,000 levels deep, alias
/// bombs, YAML tags, over-long values, dates at the ends of the calendar) is refused with a diagnostic. The bounds are listed in rules/README.md ("Limits of facts input").
/// </para>
/// <para>
/// A folder is read as one batch from its <c>.json</c>, <c>.yaml</c>, <c>.yml</c> and <c>.csv</c> files (not its
/// subfolders; other files such as a README are ignored), in ordinal order of their names: an observation may name a
/// subject from another file. A folder holds either CSV files or JSON/YAML documents, not both.
/// </para>
/// <para>
/// Every problem of the input is reported at once, with file, line, column and the field concerned: unknown keys or
/// columns, missing required fields, values that cannot be read (an unparsable date), duplicate ids, observations
/// naming an unknown subject. An input with any error yields no batch, so nothing is evaluated from it.
/// This type is thread-safe.
/// </para>
/// </remarks>
public static class FactsInput
{
    /// <summary>Gets the file extensions read as facts: <c>.json</c>, <c>.yaml</c>, <c>.yml</c> and <c>.csv</c>.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".json", ".yaml", ".yml", ".csv"];

    /// <summary>Reads a facts file or a folder of facts files as one batch.</summary>
    /// <param name="path">A <c>.json</c>, <c>.yaml</c>, <c>.yml</c> or <c>.csv</c> file, or a folder of such files.</param>
    /// <returns>The batch, or every problem found.</returns>
    public static LoadResult<FactBatch> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            return ReadFolder(path);
        }

        if (!File.Exists(path))
        {
            return Failed(path, $"'{path}' is neither a facts file nor a folder");
        }

        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => CsvFactReader.Read([path], path),
            ".json" or ".yaml" or ".yml" => ReadDocuments([path], path),
            _ => Failed(path, $"'{Path.GetFileName(path)}' is not a facts file: expected {string.Join(", ", Extensions)} or a folder of them"),
        };
    }

    /// <summary>Reads a JSON facts document from a stream, such as the body of an HTTP request.</summary>
    /// <param name="json">The document's bytes, UTF-8 (a byte order mark is allowed); read to its end, not disposed.</param>
    /// <param name="source">The name positions are given in (a file name, or a name such as <c>request</c>).</param>
    /// <returns>The batch, or every problem found, each at its line and column in the document.</returns>
    /// <remarks>
    /// The document is read token by token, as a JSON file is, with the same limits on nesting and on the length of a
    /// value. The stream's length is not limited here: a caller that reads from the network bounds it (a web server's
    /// request size limit).
    /// </remarks>
    public static LoadResult<FactBatch> ReadJson(Stream json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        var collector = new FactCollector(new List<Diagnostic>());
        JsonFactsReader.Read(json, source, collector);
        return collector.Build(source);
    }

    private static LoadResult<FactBatch> ReadFolder(string folder)
    {
        var all = Directory.EnumerateFiles(folder).ToList();
        var coverageFile = all.FirstOrDefault(f => CoverageDeclaration.FileNames.Contains(Path.GetFileName(f), StringComparer.OrdinalIgnoreCase));
        var files = all
            .Where(f => f != coverageFile && Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (coverageFile is null)
        {
            return ReadFiles(folder, files);
        }

        var diagnostics = new List<Diagnostic>();
        var declared = CoverageDeclaration.ReadFile(coverageFile, diagnostics);
        var read = ReadFiles(folder, files);
        // The declaration's warnings (a deprecated type name) go with the batch; its errors refuse it.
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return LoadResult<FactBatch>.Failed(FactCollector.Ordered(read.Diagnostics.Concat(diagnostics)));
        }

        return read.TryGetValue(out var batch)
            ? LoadResult<FactBatch>.Ok(batch.DeclareObserved(declared), FactCollector.Ordered(read.Diagnostics.Concat(diagnostics)))
            : LoadResult<FactBatch>.Failed(FactCollector.Ordered(read.Diagnostics.Concat(diagnostics)));
    }

    private static LoadResult<FactBatch> ReadFiles(string folder, List<string> files)
    {
        var csv = files.Where(f => Path.GetExtension(f).Equals(".csv", StringComparison.OrdinalIgnoreCase)).ToList();
        if (files.Count == 0)
        {
            return Failed(folder, $"the folder '{folder}' holds no facts files ({string.Join(", ", Extensions)})");
        }

        if (csv.Count > 0 && csv.Count < files.Count)
        {
            return Failed(folder, $"the folder '{folder}' mixes CSV files with JSON/YAML documents ({string.Join(", ", files.Except(csv).Select(Path.GetFileName))}); give one format per folder");
        }

        return csv.Count > 0 ? CsvFactReader.Read(csv, folder) : ReadDocuments(files, folder);
    }

    /// <summary>
    /// Reads JSON/YAML documents as one batch: each file is read on its own (JSON as a stream, YAML after a scan of its
    /// events), into one collector, so that identities are checked across the files.
    /// </summary>
    private static LoadResult<FactBatch> ReadDocuments(IReadOnlyList<string> files, string source)
    {
        var collector = new FactCollector(new List<Diagnostic>());
        foreach (var file in files)
        {
            ReadDocument(file, collector);
        }

        return collector.Build(source);
    }

    private static void ReadDocument(string file, FactCollector collector)
    {
        var yaml = !Path.GetExtension(file).Equals(".json", StringComparison.OrdinalIgnoreCase);
        try
        {
            if (!FitsSize(file, yaml ? InputLimits.MaxYamlFactsFileBytes : InputLimits.MaxFactsFileBytes, yaml ? "a YAML facts file (larger batches belong in JSON or CSV, which are read as streams)" : "a facts file", collector.Diagnostics))
            {
                collector.Incomplete = true;
                return;
            }

            var encoding = TextEncodingCheck.Check(file);
            if (encoding.Kind != TextEncodingKind.Utf8)
            {
                // The only error for the file: whatever else it seems to hold would be read from misdecoded text.
                collector.Diagnostics.Add(NotUtf8(file, encoding));
                collector.Incomplete = true;
                return;
            }

            if (!yaml)
            {
                using var stream = TextEncodingCheck.OpenRead(file);
                JsonFactsReader.Read(stream, file, collector);
                return;
            }

            using (var scan = new StreamReader(file, TextEncodingCheck.StrictUtf8))
            {
                if (!YamlFactsScan.Check(scan, file, collector.Diagnostics))
                {
                    collector.Incomplete = true;
                    return;
                }
            }

            var root = YamlSource.Parse(File.ReadAllText(file, TextEncodingCheck.StrictUtf8), file, collector.Diagnostics);
            FactDocumentReader.ReadDocument(root, file, collector);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            collector.Diagnostics.Add(Diagnostic.Create(DiagnosticCodes.UnreadableInput, $"the file cannot be read: {ex.Message}", SourceLocation.OfFile(file)));
            collector.Incomplete = true;
        }
    }

    /// <summary>Checks a file's size against a limit, reporting a file that is larger.</summary>
    /// <param name="file">The file.</param>
    /// <param name="limit">The largest size allowed, in bytes.</param>
    /// <param name="what">What the file is, for the message.</param>
    /// <param name="diagnostics">The sink.</param>
    /// <returns><see langword="true"/> when the file fits.</returns>
    internal static bool FitsSize(string file, long limit, string what, ICollection<Diagnostic> diagnostics)
    {
        var length = new FileInfo(file).Length;
        if (length <= limit)
        {
            return true;
        }

        diagnostics.Add(Diagnostic.Create(
            DiagnosticCodes.TooLarge,
            $"the file has {length:N0} bytes; {what} may have at most {limit:N0} ({limit / (1024 * 1024):N0} MiB)",
            SourceLocation.OfFile(file)));
        return false;
    }

    private static Diagnostic NotUtf8(string file, TextEncodingResult encoding) => Diagnostic.Create(
        DiagnosticCodes.WrongEncoding,
        encoding.Kind switch
        {
            TextEncodingKind.Gb18030 => "the file is not UTF-8: it reads as GB18030 (GBK), the default of Chinese Windows; JSON and YAML facts must be UTF-8: save the file with UTF-8 encoding",
            TextEncodingKind.Utf16 => "the file is UTF-16 (it starts with a UTF-16 byte order mark); JSON and YAML facts must be UTF-8: save the file with UTF-8 encoding",
            _ => "the file is not UTF-8 (this line holds the first byte that is not) and not GB18030 either; JSON and YAML facts must be UTF-8: save the file with UTF-8 encoding",
        },
        new SourceLocation(file, encoding.FirstNonUtf8Line, encoding.FirstNonUtf8Line == 0 ? 0 : 1));

    private static LoadResult<FactBatch> Failed(string path, string message) =>
        LoadResult<FactBatch>.Failed([Diagnostic.Create(DiagnosticCodes.UnreadableInput, message, SourceLocation.OfFile(path))]);
}
