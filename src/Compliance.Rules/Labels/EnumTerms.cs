using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Compliance.Rules.Labels;

/// <summary>
/// The words of the language for the members of one enumeration: each member's name and Chinese label, bound to the
/// member by its value, not by its C# name. Rule files, facts, case files and JSON output write the names; reports write
/// the labels; every reader reads both.
/// </summary>
/// <remarks>
/// <para>
/// Reading accepts the Chinese label exactly, and the name in any letter case with or without its <c>_</c> or <c>-</c>
/// (<c>policy_documents</c>, <c>PolicyDocuments</c>, <c>POLICY-DOCUMENTS</c>): leniency derived from the name, never from
/// the C# member, so renaming a member cannot change what a file may write.
/// </para>
/// <para>
/// A table is built without checks; <see cref="Problems"/> lists what is wrong with it (a member without a term or with
/// two, a name or label used twice, a malformed name), and <see cref="EnumVocabulary"/> refuses a table with any.
/// This type is immutable and thread-safe.
/// </para>
/// </remarks>
internal sealed partial class EnumTerms
{
    private readonly FrozenDictionary<Enum, EnumTerm> _byValue;
    private readonly FrozenDictionary<string, EnumTerm> _byLabel;
    private readonly FrozenDictionary<string, EnumTerm> _bySpelling;

    private EnumTerms(Type enumType, Bilingual? meaning, ImmutableArray<EnumTerm> terms)
    {
        EnumType = enumType;
        Meaning = meaning;
        var order = Enum.GetValues(enumType).Cast<Enum>().ToList();
        Terms = [.. terms.OrderBy(t => order.IndexOf(t.Value) is var i and >= 0 ? i : int.MaxValue)];
        _byValue = First(Terms, t => t.Value);
        _byLabel = First(Terms, t => t.Label);
        _bySpelling = First(Terms, t => Fold(t.Name));
    }

    /// <summary>Gets the enumeration.</summary>
    public Type EnumType { get; }

    /// <summary>Gets what a value of the enumeration is, for editors (<c>栏目类别</c>), when the table says.</summary>
    public Bilingual? Meaning { get; }

    /// <summary>Gets the terms in the enumeration's order.</summary>
    public ImmutableArray<EnumTerm> Terms { get; }

    /// <summary>Gets the names, in the enumeration's order.</summary>
    public IEnumerable<string> Names => Terms.Select(t => t.Name);

    /// <summary>Gets the Chinese labels, in the enumeration's order.</summary>
    public IEnumerable<string> Labels => Terms.Select(t => t.Label);

    /// <summary>Creates the table of an enumeration.</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="meaning">What a value of it is, for editors; <see langword="null"/> where the grammar that uses it says.</param>
    /// <param name="terms">Each member with its name and label.</param>
    /// <returns>The table, unchecked.</returns>
    public static EnumTerms Of<TEnum>(Bilingual? meaning, params ReadOnlySpan<(TEnum Value, string Name, string Label)> terms)
        where TEnum : struct, Enum
    {
        var rows = ImmutableArray.CreateBuilder<EnumTerm>(terms.Length);
        foreach (var (value, name, label) in terms)
        {
            rows.Add(new EnumTerm(value, name, label));
        }

        return new EnumTerms(typeof(TEnum), meaning, rows.MoveToImmutable());
    }

    /// <summary>Folds a spelling of a name: lower case, without <c>_</c> and <c>-</c> (<c>Policy_Documents</c> → <c>policydocuments</c>).</summary>
    /// <param name="spelling">The spelling.</param>
    /// <returns>The folded form.</returns>
    public static string Fold(string spelling) =>
        string.Concat(spelling.Where(c => c is not ('_' or '-')).Select(char.ToLowerInvariant));

    /// <summary>Gets the term of a member.</summary>
    /// <param name="value">The member.</param>
    /// <returns>Its term.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The table has no term for it.</exception>
    public EnumTerm TermOf(Enum value) =>
        _byValue.GetValueOrDefault(value) ?? throw new ArgumentOutOfRangeException(nameof(value), value, $"{EnumType.Name} has no term for this value");

    /// <summary>Reads a member from its label or a spelling of its name; white space around the text is ignored.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The member, when the text names one.</param>
    /// <returns><see langword="true"/> when the text names a member.</returns>
    public bool TryParse(string text, out Enum? value)
    {
        var trimmed = text.Trim();
        var term = _byLabel.GetValueOrDefault(trimmed) ?? _bySpelling.GetValueOrDefault(Fold(trimmed));
        value = term?.Value;
        return term is not null;
    }

    /// <summary>Lists what is wrong with the table: members of the enumeration without a term or with several, values that are no member, names or labels that are empty, malformed or used twice.</summary>
    /// <returns>One sentence per problem; empty when the table is sound.</returns>
    public ImmutableArray<string> Problems()
    {
        var problems = new List<string>();
        foreach (var member in Enum.GetValues(EnumType).Cast<Enum>())
        {
            var count = Terms.Count(t => t.Value.Equals(member));
            if (count != 1)
            {
                problems.Add($"{EnumType.Name}.{member} has {count} terms; every member has exactly one");
            }
        }

        problems.AddRange(Terms
            .Where(t => !Enum.IsDefined(EnumType, t.Value))
            .Select(t => $"{EnumType.Name} has no member {t.Value} (term '{t.Name}')"));
        problems.AddRange(Terms
            .Where(t => !NameShape().IsMatch(t.Name))
            .Select(t => $"{EnumType.Name}.{t.Value}: the name '{t.Name}' is not lower-case words joined by '_' or '-'"));
        problems.AddRange(Terms
            .Where(t => string.IsNullOrWhiteSpace(t.Label) || t.Label != t.Label.Trim())
            .Select(t => $"{EnumType.Name}.{t.Value}: the label '{t.Label}' is empty or has white space around it"));
        problems.AddRange(Duplicates(t => Fold(t.Name), "name (ignoring case, '_' and '-')"));
        problems.AddRange(Duplicates(t => t.Label, "label"));
        return [.. problems];
    }

    private static FrozenDictionary<TKey, EnumTerm> First<TKey>(IEnumerable<EnumTerm> terms, Func<EnumTerm, TKey> key)
        where TKey : notnull
    {
        var first = new Dictionary<TKey, EnumTerm>();
        foreach (var term in terms)
        {
            first.TryAdd(key(term), term);
        }

        return first.ToFrozenDictionary();
    }

    private IEnumerable<string> Duplicates(Func<EnumTerm, string> key, string what) =>
        Terms.GroupBy(key, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"{EnumType.Name}: the {what} '{g.Key}' is given to {string.Join(" and ", g.Select(t => t.Value))}");

    [GeneratedRegex("^[a-z][a-z0-9]*([_-][a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex NameShape();
}
