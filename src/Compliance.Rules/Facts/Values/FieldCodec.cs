using System.Collections.Concurrent;

namespace Compliance.Rules.Facts.Values;

/// <summary>
/// Reads and writes the values of one kind of fact field as text: the one syntax that rule constants, every facts reader
/// (JSON, YAML, CSV) and every report share. "Facts own their values": no other stage parses or formats a field value.
/// </summary>
/// <remarks>
/// Each kind has one codec (<see cref="For(FactField)"/>); what each accepts and writes is documented in
/// <c>rules/README.md</c> under "Field values". <see cref="Format"/> writes what <see cref="TryParse"/> reads back to the
/// same value. A CSV cell may also hold dates as spreadsheets write them (<c>2024/6/27</c>), which the CSV reader adds on
/// top of the date codecs. Codecs are immutable and thread-safe.
/// </remarks>
internal abstract class FieldCodec
{
    private static readonly ConcurrentDictionary<Type, FieldCodec> EnumCodecs = new();
    private static readonly ConcurrentDictionary<Type, FieldCodec> EnumSetCodecs = new();

    /// <summary>Gets the kind of field the codec reads and writes.</summary>
    public abstract FieldKind Kind { get; }

    /// <summary>Gets what the codec accepts, for messages: "a date such as 2024-06-27".</summary>
    public abstract string Expected { get; }

    /// <summary>
    /// Gets a regular expression (ECMAScript, for JSON Schema) that the text forms the codec reads match, or
    /// <see langword="null"/> when the kind has none (text, categories); what it matches may still be refused, such as
    /// a 30 February.
    /// </summary>
    public virtual string? Pattern => null;

    /// <summary>Gets the codec of a field.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The codec of the field's kind (for enumerations, of its enumeration).</returns>
    public static FieldCodec For(FactField field) => For(field.Kind, field.EnumType);

    /// <summary>Gets the codec of a field kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="enumType">For <see cref="FieldKind.Enum"/> and <see cref="FieldKind.EnumSet"/>, the enumeration.</param>
    /// <returns>The codec.</returns>
    public static FieldCodec For(FieldKind kind, Type? enumType) => kind switch
    {
        FieldKind.Text => TextCodec.Instance,
        FieldKind.Boolean => FlagCodec.Instance,
        FieldKind.Integer => WholeCodec.Instance,
        FieldKind.Decimal => NumberCodec.Instance,
        FieldKind.Date => DateCodec.Instance,
        FieldKind.DateTime => DateTimeCodec.Instance,
        FieldKind.Instant => InstantCodec.Instance,
        FieldKind.Duration => DurationCodec.Instance,
        FieldKind.Enum => EnumCodecs.GetOrAdd(enumType!, type => new EnumCodec(type)),
        FieldKind.EnumSet => EnumSetCodecs.GetOrAdd(enumType!, type => new EnumSetCodec(type)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no codec for this field kind"),
    };

    /// <summary>Reads text as a value of the kind.</summary>
    /// <param name="text">The text, already trimmed.</param>
    /// <param name="value">The value, when the text is one.</param>
    /// <returns><see langword="true"/> when the text is a value of the kind.</returns>
    public abstract bool TryParse(string text, out object? value);

    /// <summary>Writes a value of the kind as text that <see cref="TryParse"/> reads back to the same value.</summary>
    /// <param name="value">The value, of the kind's type.</param>
    /// <returns>The text.</returns>
    public abstract string Format(object value);
}
