using Compliance.Rules.Yaml;

namespace Compliance.Rules.Grammar;

/// <summary>Reads YAML mappings by the grammar: the keys a mapping may hold and the names a key takes.</summary>
internal static class GrammarReading
{
    /// <summary>Reports every key of a mapping that its grammar does not have, with a suggestion for a misspelling.</summary>
    /// <param name="map">The mapping.</param>
    /// <param name="grammar">What the mapping is.</param>
    /// <param name="what">What the mapping is, for the message, when it says more than <see cref="MappingGrammar.What"/> (<c>indicator 'W-1'</c>).</param>
    public static void RejectUnknownKeys(this YamlMap map, MappingGrammar grammar, string? what = null) =>
        map.RejectUnknownKeys(grammar.KeyNames, what ?? grammar.What);

    /// <summary>Reads a mapping by its grammar, which says whether each key must be written.</summary>
    /// <param name="map">The mapping.</param>
    /// <param name="grammar">What the mapping is.</param>
    /// <param name="inOverlay">Whether the mapping is read from a document that extends another and is not merged onto it before reading (a calendar overlay); a rule revision is read merged, so never.</param>
    /// <returns>The reader.</returns>
    public static GrammarMapReader ReadBy(this YamlMap map, MappingGrammar grammar, bool inOverlay = false) => new(map, grammar, inOverlay);

    /// <summary>Lists a choice's names for a message: <c>veto, deduction, bonus or notice</c>.</summary>
    /// <param name="choice">The choice.</param>
    /// <returns>The names, the last joined with "or".</returns>
    public static string Listed(this Choice choice)
    {
        var names = choice.Names.ToList();
        return names.Count == 1 ? names[0] : string.Join(", ", names[..^1]) + " or " + names[^1];
    }
}
