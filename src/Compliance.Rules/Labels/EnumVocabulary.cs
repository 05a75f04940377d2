using System.Collections.Concurrent;
using System.Reflection;

namespace Compliance.Rules.Labels;

/// <summary>
/// Finds the words of an enumeration (<see cref="EnumTerms"/>) in the vocabulary its <see cref="EnumTermsAttribute"/>
/// names, checks them once, and reads and writes members by them.
/// </summary>
/// <remarks>This type is thread-safe.</remarks>
internal static class EnumVocabulary
{
    private static readonly ConcurrentDictionary<Type, EnumTerms> Tables = new();

    /// <summary>Gets whether an enumeration has words in a vocabulary.</summary>
    /// <param name="enumType">The enumeration.</param>
    /// <returns><see langword="true"/> when it names its vocabulary.</returns>
    public static bool Has(Type enumType) => enumType.IsDefined(typeof(EnumTermsAttribute), inherit: false);

    /// <summary>Gets the checked table of an enumeration.</summary>
    /// <param name="enumType">The enumeration.</param>
    /// <returns>Its table.</returns>
    /// <exception cref="InvalidOperationException">The enumeration names no vocabulary, its vocabulary has no table (or several) for it, or the table has a problem (a defect of the library, listed in full).</exception>
    public static EnumTerms Of(Type enumType) => Tables.GetOrAdd(enumType, Load);

    /// <summary>Gets the language name of a member (<c>policy_documents</c>).</summary>
    /// <param name="value">The member.</param>
    /// <returns>Its name.</returns>
    public static string NameOf(Enum value) => Of(value.GetType()).TermOf(value).Name;

    /// <summary>Gets the Chinese label of a member (<c>政策文件</c>).</summary>
    /// <param name="value">The member.</param>
    /// <returns>Its label.</returns>
    public static string LabelOf(Enum value) => Of(value.GetType()).TermOf(value).Label;

    /// <summary>Gets the Chinese labels of an enumeration's members, in its order.</summary>
    /// <param name="enumType">The enumeration.</param>
    /// <returns>The labels.</returns>
    public static IEnumerable<string> LabelsOf(Type enumType) => Of(enumType).Labels;

    /// <summary>Reads a member from its label or a spelling of its name (see <see cref="EnumTerms.TryParse"/>).</summary>
    /// <param name="enumType">The enumeration.</param>
    /// <param name="text">The text.</param>
    /// <param name="value">The member when read.</param>
    /// <returns><see langword="true"/> when the text names a member.</returns>
    public static bool TryParse(Type enumType, string text, out object? value)
    {
        var found = Of(enumType).TryParse(text, out var member);
        value = member;
        return found;
    }

    private static EnumTerms Load(Type enumType)
    {
        var vocabulary = enumType.GetCustomAttribute<EnumTermsAttribute>()?.Vocabulary
            ?? throw new InvalidOperationException($"{enumType.Name} names no vocabulary of its words ([EnumTerms(typeof(…))])");
        var tables = vocabulary
            .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(EnumTerms))
            .Select(f => (EnumTerms)f.GetValue(null)!)
            .Where(t => t.EnumType == enumType)
            .ToList();
        if (tables.Count != 1)
        {
            throw new InvalidOperationException($"{vocabulary.Name} holds {tables.Count} tables of the words of {enumType.Name}; it must hold one");
        }

        var problems = tables[0].Problems();
        return problems.IsEmpty
            ? tables[0]
            : throw new InvalidOperationException($"the words of {enumType.Name} in {vocabulary.Name} are not sound: {string.Join("; ", problems)}");
    }
}
