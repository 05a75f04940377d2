using System.Collections.Immutable;
using System.Reflection;
using Compliance.Rules.Labels;

namespace Compliance.Rules.Facts;

/// <summary>One field of a fact type as rule files name it (snake_case, from <see cref="FactVocabulary"/>), with its value kind.</summary>
/// <param name="Name">The snake_case name used in rule files, e.g. <c>last_updated</c>.</param>
/// <param name="Property">The record property.</param>
/// <param name="Kind">The value kind.</param>
/// <param name="IsNullable">Whether the value may be absent.</param>
/// <param name="EnumType">For <see cref="FieldKind.Enum"/> and <see cref="FieldKind.EnumSet"/>, the enumeration type.</param>
/// <param name="Meaning">What the field means, for editors.</param>
/// <param name="Headers">The Chinese CSV headers that stand for it, the documented one first.</param>
/// <param name="IsRequired">Whether a facts file must give it (its record's constructor has no default for it, and it is neither nullable nor a set).</param>
internal sealed record FactField(string Name, PropertyInfo Property, FieldKind Kind, bool IsNullable, Type? EnumType, Bilingual Meaning, ImmutableArray<string> Headers, bool IsRequired)
{
    /// <summary>Gets the field's CLR value type without nullability.</summary>
    public Type ValueType => Nullable.GetUnderlyingType(Property.PropertyType) ?? Property.PropertyType;

    /// <summary>Gets a short description of the kind, for messages.</summary>
    public string Describe() => Kind switch
    {
        FieldKind.Text => "text",
        FieldKind.Boolean => "true/false",
        FieldKind.Integer => "a whole number",
        FieldKind.Decimal => "a number",
        FieldKind.Date => "a date",
        FieldKind.DateTime => "a date and time",
        FieldKind.Instant => "an instant",
        FieldKind.Duration => "a duration",
        FieldKind.Enum => $"one of: {string.Join(", ", EnumVocabulary.LabelsOf(EnumType!))}",
        FieldKind.EnumSet => $"a set of: {string.Join(", ", EnumVocabulary.LabelsOf(EnumType!))}",
        _ => Kind.ToString(),
    };
}
