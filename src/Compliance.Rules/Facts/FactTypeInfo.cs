using System.Collections.Frozen;

namespace Compliance.Rules.Facts;

/// <summary>A fact type as rule files see it: its name, label, CLR type and fields.</summary>
/// <param name="Name">The name used in rule files (<c>Column</c>, <c>website</c>).</param>
/// <param name="Label">The Chinese label.</param>
/// <param name="ClrType">The record type.</param>
/// <param name="Fields">The fields by snake_case name.</param>
/// <param name="SubjectKind">For subject types, the kind of subject; <see langword="null"/> for observations.</param>
internal sealed record FactTypeInfo(
    string Name,
    string Label,
    Type ClrType,
    FrozenDictionary<string, FactField> Fields,
    SubjectKind? SubjectKind)
{
    /// <summary>Gets the field names, sorted, for messages.</summary>
    public string FieldList => string.Join(", ", Fields.Keys.Order(StringComparer.Ordinal));
}
