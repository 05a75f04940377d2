using Compliance.Rules.Diagnostics;
using Compliance.Rules.Yaml;
using YamlDotNet.RepresentationModel;

namespace Compliance.Rules.Facts.Input;

/// <summary>
/// Reads a batch of facts handed in by a monitoring system or exported from a spreadsheet: a JSON or YAML facts
/// document, a CSV file, or a folder of either.
/// </summary>
/// <remarks>
/// <para>
/// JSON and YAML documents have one shape, documented by <c>rules/schema/facts.schema.json</c>: <c>websites</c> and
/// <c>new_media</c> lists of subjects and <c>observations</c> mapping each fact type (<c>Column</c>, <c>Message</c>…) to a
/// list of facts, fields in snake_case. CSV files hold one fact type each and are named after it (<c>websites.csv</c>,
/// <c>new_media.csv</c>, <c>messages.csv</c>, or Chinese names such as <c>政务新媒体.csv</c>); their header row uses the
/// snake_case field names or the Chinese column names of the notices (账号名称, 开设主体, 账号类型, 单位…). CSV files are
/// UTF-8, with or without a byte order mark.
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
    private const string FactsDocument = "a facts document (websites, new_media, observations)";

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
        if (diagnostics.Count > 0)
        {
            return LoadResult<FactBatch>.Failed(CsvFactReader.Ordered(read.Diagnostics.Concat(diagnostics)));
        }

        return read.TryGetValue(out var batch) ? LoadResult<FactBatch>.Ok(batch.DeclareObserved(declared), read.Diagnostics) : read;
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
    /// Reads JSON/YAML documents as one: their subject and observation lists are joined (each node keeping its own file
    /// and line) and read by <see cref="FactDocumentReader"/>, so that identities are checked across the files.
    /// </summary>
    private static LoadResult<FactBatch> ReadDocuments(IReadOnlyList<string> files, string source)
    {
        if (files.Count == 1)
        {
            return ReadText(files[0], text => FactDocumentReader.Read(text, files[0]));
        }

        var diagnostics = new List<Diagnostic>();
        var sourceMap = new SourceMap();
        var joined = new JoinedDocument(sourceMap);
        foreach (var file in files)
        {
            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(Diagnostic.Error(FactsDiagnosticCodes.UnreadableInput, $"the file cannot be read: {ex.Message}", SourceLocation.OfFile(file)));
                continue;
            }

            var root = YamlSource.Parse(text, file, diagnostics);
            if (root is null)
            {
                diagnostics.Add(Diagnostic.Error(FactsDiagnosticCodes.MissingField, "the facts document is empty", SourceLocation.OfFile(file)));
                continue;
            }

            sourceMap.RegisterTree(root, file);
            if (YamlMap.From(root, file, FactsDocument, null, diagnostics, sourceMap) is { } map)
            {
                joined.Add(map);
            }
        }

        var read = FactDocumentReader.Read(YamlMap.From(joined.Build(), source, FactsDocument, null, diagnostics, sourceMap)!, FactDocumentReader.DocumentKeys);
        return diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)
            ? LoadResult<FactBatch>.Failed(CsvFactReader.Ordered(read.Diagnostics.Concat(diagnostics).Distinct()))
            : read;
    }

    private static LoadResult<FactBatch> ReadText(string file, Func<string, LoadResult<FactBatch>> read)
    {
        try
        {
            return read(File.ReadAllText(file));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(file, $"the file cannot be read: {ex.Message}");
        }
    }

    private static LoadResult<FactBatch> Failed(string path, string message) =>
        LoadResult<FactBatch>.Failed([Diagnostic.Error(FactsDiagnosticCodes.UnreadableInput, message, SourceLocation.OfFile(path))]);

    /// <summary>The subject and observation lists of several documents, joined into one document.</summary>
    private sealed class JoinedDocument(SourceMap sourceMap)
    {
        private readonly YamlMappingNode _root = new();
        private readonly Dictionary<string, YamlSequenceNode> _lists = new(StringComparer.Ordinal);
        private YamlMappingNode? _observations;

        public void Add(YamlMap document)
        {
            document.RejectUnknownKeys(FactDocumentReader.DocumentKeys, "a facts document");
            foreach (var (keyNode, value) in document.Node.Children)
            {
                if (keyNode is not YamlScalarNode { Value: { } key })
                {
                    continue;
                }

                if (key == "observations")
                {
                    AddObservations(document, keyNode, value);
                }
                else if (FactDocumentReader.DocumentKeys.Contains(key))
                {
                    Append(document, _root, key, keyNode, value);
                }
            }
        }

        public YamlMappingNode Build() => _root;

        private void AddObservations(YamlMap document, YamlNode keyNode, YamlNode value)
        {
            if (document.Nested(value, "the observations (fact type: list)") is not { } byType)
            {
                return;
            }

            if (_observations is null)
            {
                _observations = new YamlMappingNode();
                sourceMap.Register(_observations, document.At(value));
                _root.Add(keyNode, _observations);
            }

            foreach (var (typeKey, list) in byType.Node.Children)
            {
                if (typeKey is YamlScalarNode { Value: { } typeName })
                {
                    Append(byType, _observations, typeName, typeKey, list);
                }
            }
        }

        private void Append(YamlMap document, YamlMappingNode into, string key, YamlNode keyNode, YamlNode value)
        {
            if (value is not YamlSequenceNode items)
            {
                document.Error(value, $"'{key}' must be a list", FactsDiagnosticCodes.InvalidValue);
                return;
            }

            var id = into == _root ? key : "observations." + key;
            if (!_lists.TryGetValue(id, out var joined))
            {
                joined = new YamlSequenceNode();
                sourceMap.Register(joined, document.At(value));
                into.Add(keyNode, joined);
                _lists.Add(id, joined);
            }

            foreach (var item in items.Children)
            {
                joined.Add(item);
            }
        }
    }
}
