using Compliance.Rules.Labels;

namespace Compliance.Rules.Facts.Values;

/// <summary>
/// A member of an enumeration, by the words of its vocabulary (<see cref="EnumTerms"/>): its Chinese label (动态要闻) or its
/// name (<c>policy_documents</c>) in any letter case, with or without its underscores (<c>PolicyDocuments</c>); written
/// as the Chinese label.
/// </summary>
internal sealed class EnumCodec : FieldCodec
{
    private readonly Type _enumType;

    /// <summary>Initializes a new instance of the <see cref="EnumCodec"/> class.</summary>
    /// <param name="enumType">The enumeration.</param>
    public EnumCodec(Type enumType)
    {
        _enumType = enumType;
        Expected = $"one of: {string.Join(", ", EnumVocabulary.LabelsOf(enumType))}";
    }

    /// <inheritdoc/>
    public override FieldKind Kind => FieldKind.Enum;

    /// <inheritdoc/>
    public override string Expected { get; }

    /// <inheritdoc/>
    public override bool TryParse(string text, out object? value) => EnumVocabulary.TryParse(_enumType, text, out value);

    /// <inheritdoc/>
    public override string Format(object value) => EnumVocabulary.LabelOf((Enum)value);
}
