using Compliance.Rules.Diagnostics;
using Compliance.Rules.Yaml;

namespace Compliance.Rules.Facts.Input;

/// <summary>
/// The columns of one CSV facts file as its header row names them: which field each column holds, which required
/// columns are missing, and how a data row becomes a <see cref="CsvRecord"/>.
/// </summary>
internal sealed class CsvLayout
{
    private const string IdField = "id";
    private const string SubjectIdField = "subject_id";

    private readonly string _file;
    private readonly FactTypeInfo _type;
    private readonly FactConstructor _constructor;
    private readonly FactField?[] _columns;
    private readonly string[] _headers;
    private readonly HashSet<string> _missingRequired;

    private CsvLayout(string file, FactTypeInfo type, FactConstructor constructor, FactField?[] columns, string[] headers, HashSet<string> missingRequired)
    {
        _file = file;
        _type = type;
        _constructor = constructor;
        _columns = columns;
        _headers = headers;
        _missingRequired = missingRequired;
    }

    /// <summary>Gets a value indicating whether the header names at least one column of the fact type.</summary>
    public bool HasKnownColumn => _columns.Any(c => c is not null);

    /// <summary>Reads the header row.</summary>
    /// <param name="header">The header row.</param>
    /// <param name="file">The file, for diagnostics.</param>
    /// <param name="type">The file's fact type.</param>
    /// <param name="diagnostics">The sink for unknown, duplicate and missing columns.</param>
    /// <returns>The layout (rows are still read when columns are wrong, so that their ids are checked).</returns>
    public static CsvLayout Read(CsvRow header, string file, FactTypeInfo type, ICollection<Diagnostic> diagnostics)
    {
        var constructor = new FactConstructor(type);
        var line = header.Line;
        var headers = header.Cells.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        var columns = new FactField?[headers.Length];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);

        // Worked out once per file, not once per header: a hostile header row may hold tens of thousands of cells.
        var fields = HeaderLookup(constructor, type);
        var names = constructor.Fields.SelectMany(f => CsvVocabulary.ChineseHeadersOf(type, f.Name).Prepend(f.Name)).ToList();
        var columnList = CsvFactReader.Columns(type);
        for (var i = 0; i < headers.Length; i++)
        {
            if (headers[i].Length == 0)
            {
                continue;
            }

            var field = fields.GetValueOrDefault(headers[i]) ?? fields.GetValueOrDefault(headers[i].ToLowerInvariant());
            var at = new SourceLocation(file, line, i + 1);
            if (field is null)
            {
                diagnostics.Add(Diagnostic.Create(
                    DiagnosticCodes.FactsUnknownField,
                    $"unknown column '{headers[i]}' in a {type.Name} file{YamlMap.Suggest(headers[i], names)}; the columns are: {columnList}",
                    at));
            }
            else if (!seen.TryAdd(field.Name, i))
            {
                diagnostics.Add(Diagnostic.Create(
                    DiagnosticCodes.FactsUnknownField,
                    $"column '{headers[i]}' gives {CsvVocabulary.Describe(type, field.Name)} a second time (first in column {seen[field.Name] + 1}, '{headers[seen[field.Name]]}')",
                    at));
            }
            else
            {
                columns[i] = field;
            }
        }

        var missing = constructor.Required
            .Where(name => !seen.ContainsKey(name) && !(name == IdField && type.SubjectKind is null))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var name in missing)
        {
            diagnostics.Add(Diagnostic.Create(
                DiagnosticCodes.MissingField,
                $"the {type.Name} file lacks the required column {CsvVocabulary.Describe(type, name)}",
                new SourceLocation(file, line, 1)));
        }

        return new CsvLayout(file, type, constructor, columns, headers, missing);
    }

    // The field each accepted header stands for: its snake_case name in lower case, and each of its Chinese headers.
    private static Dictionary<string, FactField> HeaderLookup(FactConstructor constructor, FactTypeInfo type)
    {
        var lookup = new Dictionary<string, FactField>(StringComparer.Ordinal);
        foreach (var field in constructor.Fields)
        {
            lookup.TryAdd(field.Name.ToLowerInvariant(), field);
            foreach (var chinese in CsvVocabulary.ChineseHeadersOf(type, field.Name))
            {
                lookup.TryAdd(chinese, field);
            }
        }

        return lookup;
    }

    /// <summary>Reads one data row.</summary>
    /// <param name="cells">The row's cells, trimmed.</param>
    /// <param name="line">The line the row starts on.</param>
    /// <param name="diagnostics">The sink for the row's problems.</param>
    /// <returns>The record: the fact when every value was good, and the row's identity in any case.</returns>
    public CsvRecord ReadRow(string[] cells, int line, ICollection<Diagnostic> diagnostics)
    {
        var idColumn = Array.FindIndex(_columns, f => f?.Name == IdField);
        var subjectColumn = Array.FindIndex(_columns, f => f?.Name == SubjectIdField);
        var id = idColumn >= 0 ? Cell(cells, idColumn) : _type.SubjectKind is null ? $"{Path.GetFileName(_file)}:{line}" : null;
        var subjectId = subjectColumn >= 0 ? Cell(cells, subjectColumn) : null;
        var label = id is { Length: > 0 } ? id : null;
        var ok = _missingRequired.Count == 0;
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (id is not null && idColumn < 0)
        {
            values[IdField] = id;
        }

        for (var i = 0; i < Math.Max(cells.Length, _columns.Length); i++)
        {
            var text = Cell(cells, i);
            var at = new SourceLocation(_file, line, i + 1);
            if (i >= _columns.Length || _columns[i] is null)
            {
                if (text.Length > 0 && (i >= _headers.Length || _headers[i].Length == 0))
                {
                    diagnostics.Add(Diagnostic.Create(DiagnosticCodes.FactsUnknownField, $"the value '{text}' is in column {i + 1}, which has no header", at, label));
                    ok = false;
                }

                continue;
            }

            var field = _columns[i]!;
            if (text.Length == 0)
            {
                if (_constructor.Required.Contains(field.Name))
                {
                    diagnostics.Add(Diagnostic.Create(
                        DiagnosticCodes.MissingField,
                        $"{_type.Name} needs {CsvVocabulary.Describe(_type, field.Name)}: {FactValueReader.Expected(field, spreadsheet: true)}",
                        at,
                        label));
                    ok = false;
                }

                continue;
            }

            var error = FactValueReader.TryReadCell(field, text, out var value);
            if (error is not null)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticCodes.FactsInvalidValue, $"column '{_headers[i]}': {error}", at, label));
                ok = false;
                continue;
            }

            values[field.Name] = value;
        }

        return new CsvRecord(
            _type,
            ok ? _constructor.Create(values) : null,
            label,
            new SourceLocation(_file, line, idColumn + 1),
            subjectId is { Length: > 0 } ? subjectId : null,
            new SourceLocation(_file, line, subjectColumn + 1));
    }

    private static string Cell(string[] cells, int index) => index < cells.Length ? cells[index] : string.Empty;
}
