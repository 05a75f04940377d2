using System.Collections.Frozen;

namespace Compliance.Rules.Facts.Input;

/// <summary>
/// Looks up the names a CSV facts file may use in the fact vocabulary (<see cref="FactVocabulary"/>, which holds them):
/// which file name holds which fact type, and which column header stands for which field.
/// </summary>
/// <remarks>
/// A file is named after the facts it holds, by one of its type's file names (<c>columns.csv</c>, <c>栏目.csv</c>),
/// ignoring case. A column header is a field's snake_case name (ignoring case) or one of its Chinese headers.
/// This type is immutable and thread-safe.
/// </remarks>
internal static class CsvVocabulary
{
    private static readonly FrozenDictionary<string, FactTypeInfo> TypesByFileName = FactCatalog.AllTypes
        .SelectMany(type => type.FileNames.Select(name => (name, type)))
        .ToFrozenDictionary(x => x.name, x => x.type, StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the accepted file names, for messages.</summary>
    public static string FileNameList => string.Join(", ", FactCatalog.AllTypes.SelectMany(t => t.FileNames).Select(n => n + ".csv"));

    /// <summary>Finds the fact type a CSV file holds from its name.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The fact type, or <see langword="null"/> when the name is none of the vocabulary's.</returns>
    public static FactTypeInfo? TypeOfFile(string path) =>
        TypesByFileName.GetValueOrDefault(Path.GetFileNameWithoutExtension(path).Trim());

    /// <summary>Gets the Chinese headers of a field.</summary>
    /// <param name="type">The fact type.</param>
    /// <param name="field">The snake_case field name.</param>
    /// <returns>The headers, the documented one first; empty when the vocabulary has none.</returns>
    public static IReadOnlyList<string> ChineseHeadersOf(FactTypeInfo type, string field) =>
        type.Fields.TryGetValue(field, out var f) ? f.Headers : [];

    /// <summary>Finds the field a column header stands for.</summary>
    /// <param name="fields">The fields the fact type's files may give.</param>
    /// <param name="header">The header as written (trimmed).</param>
    /// <returns>The field, or <see langword="null"/> when the header names none.</returns>
    public static FactField? FieldOf(IEnumerable<FactField> fields, string header) =>
        fields.FirstOrDefault(f => string.Equals(f.Name, header, StringComparison.OrdinalIgnoreCase)
            || f.Headers.Contains(header, StringComparer.Ordinal));

    /// <summary>Describes a field as a header: its snake_case name and its documented Chinese header.</summary>
    /// <param name="type">The fact type.</param>
    /// <param name="field">The field name.</param>
    /// <returns>For example <c>name (账号名称)</c>.</returns>
    public static string Describe(FactTypeInfo type, string field) =>
        ChineseHeadersOf(type, field) is [var chinese, ..] ? $"{field} ({chinese})" : field;
}
