namespace Compliance.Rules.Labels;

/// <summary>
/// Names the vocabulary that holds an enumeration's words: the static class of the enumeration's own stage with a
/// static <see cref="EnumTerms"/> field for it (<c>[EnumTerms(typeof(CategoryVocabulary))]</c> on <c>ColumnCategory</c>).
/// <see cref="EnumVocabulary"/> finds the table through it, so the stages beneath cannot see the enumeration's stage.
/// </summary>
/// <param name="vocabulary">The static class holding the table.</param>
[AttributeUsage(AttributeTargets.Enum, AllowMultiple = false)]
internal sealed class EnumTermsAttribute(Type vocabulary) : Attribute
{
    /// <summary>Gets the static class holding the table.</summary>
    public Type Vocabulary { get; } = vocabulary;
}
