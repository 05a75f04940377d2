using System.Collections.Frozen;
using System.Collections.Immutable;
using Compliance.Rules.Labels;

namespace Compliance.Rules.Facts;

/// <summary>A fact type as rule files see it: its words from <see cref="FactVocabulary"/> bound to its record and the record's properties.</summary>
/// <param name="Name">The name used in rule files (<c>column</c>, <c>website</c>).</param>
/// <param name="Label">The Chinese label.</param>
/// <param name="ClrType">The record type.</param>
/// <param name="Fields">The fields by snake_case name.</param>
/// <param name="SubjectKind">For subject types, the kind of subject; <see langword="null"/> for observations.</param>
/// <param name="Meaning">What the type is, for editors.</param>
/// <param name="FileNames">The names (without <c>.csv</c>) of the CSV files that hold it, English first.</param>
/// <param name="InputFields">The fields a facts file may give, in the order of the record's constructor.</param>
internal sealed record FactTypeInfo(
    string Name,
    string Label,
    Type ClrType,
    FrozenDictionary<string, FactField> Fields,
    SubjectKind? SubjectKind,
    Bilingual Meaning,
    ImmutableArray<string> FileNames,
    ImmutableArray<FactField> InputFields)
{
    /// <summary>Gets the field names, sorted, for messages.</summary>
    public string FieldList => string.Join(", ", Fields.Keys.Order(StringComparer.Ordinal));
}
