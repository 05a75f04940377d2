using Compliance.Rules.Authoring.Grammar;
using Compliance.Rules.Grammar;
using Compliance.Rules.Yaml;
using YamlDotNet.RepresentationModel;

namespace Compliance.Rules.Authoring.Loading;

/// <summary>
/// Merges an overlay's YAML onto its base's by the grammar: mappings merge key by key (recursively), anything else is
/// replaced, and lists of mappings with <c>id</c> keys (groups) merge item by item on their ids.
/// </summary>
/// <remarks>
/// So an override that writes only <c>when: { gte: 6 }</c> changes only the threshold and keeps the rest of the base
/// indicator's condition. The grammar says what each mapping is, and so which of its keys replace each other
/// (<see cref="MappingGrammar.Alternatives"/>): <c>when: { gt: 5 }</c> over <c>gte: 5</c> makes the bound exclusive,
/// <c>{ months: 1 }</c> over <c>{ calendar_days: 14 }</c> changes the window's unit, while a field's own tests keep
/// merging (<c>{ lte: 2024-06-30 }</c> over <c>{ gte: 2024-01-01, lte: 2024-03-31 }</c> moves only the upper bound). An
/// entry of a mapping of named entries that the grammar marks as replaced whole (a selector) replaces the base's entry.
/// Merged mappings are registered in the source map at the overlay's position, while every node keeps its own file and
/// line.
/// </remarks>
internal static class OverlayMerger
{
    /// <summary>Merges <paramref name="overlay"/> onto <paramref name="basis"/>.</summary>
    /// <param name="basis">The base node.</param>
    /// <param name="overlay">The overlay node.</param>
    /// <param name="value">What the nodes are, by the grammar; <see langword="null"/> when the grammar does not know (a misspelt key).</param>
    /// <param name="sourceMap">The source map to register merged nodes in.</param>
    /// <param name="skipKeys">Top-level overlay keys not merged (for example <c>extends</c>).</param>
    /// <returns>The merged node.</returns>
    public static YamlNode Merge(YamlNode basis, YamlNode overlay, GrammarValue? value, SourceMap sourceMap, IReadOnlyCollection<string>? skipKeys = null)
    {
        if (basis is YamlMappingNode baseMap && overlay is YamlMappingNode overlayMap)
        {
            return MergeMappings(baseMap, overlayMap, value, sourceMap, skipKeys);
        }

        if (basis is YamlSequenceNode baseList && overlay is YamlSequenceNode overlayList && IsIdList(baseList) && IsIdList(overlayList))
        {
            var item = (value as GrammarValue.ListOf)?.Item;
            var merged = new YamlSequenceNode();
            var overlayById = overlayList.Children.ToDictionary(IdOf, StringComparer.Ordinal);
            foreach (var baseItem in baseList.Children)
            {
                merged.Add(overlayById.Remove(IdOf(baseItem), out var replacement) ? Merge(baseItem, replacement, item, sourceMap) : baseItem);
            }

            foreach (var added in overlayList.Children.Where(i => overlayById.ContainsKey(IdOf(i))))
            {
                merged.Add(added);
            }

            return Registered(merged, overlay, sourceMap);
        }

        return overlay;
    }

    private static YamlMappingNode MergeMappings(YamlMappingNode baseMap, YamlMappingNode overlayMap, GrammarValue? value, SourceMap sourceMap, IReadOnlyCollection<string>? skipKeys)
    {
        var grammar = LanguageGrammar.MappingOf(value);
        var named = value as GrammarValue.Named;
        var baseKeys = baseMap.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? string.Empty).ToList();
        var replaced = grammar is null
            ? []
            : overlayMap.Children.Keys
                .OfType<YamlScalarNode>()
                .SelectMany(k => grammar.ReplacedBy(k.Value ?? string.Empty, baseKeys))
                .ToHashSet(StringComparer.Ordinal);
        var merged = new YamlMappingNode();
        foreach (var (key, baseValue) in baseMap.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && replaced.Contains(name))
            {
                continue;
            }

            merged.Add(key, overlayMap.Children.TryGetValue(key, out var replacement) && !Skipped(key, skipKeys)
                ? named is { ReplacedWhole: true } ? replacement : Merge(baseValue, replacement, named?.Value ?? ChildOf(grammar, key), sourceMap)
                : baseValue);
        }

        foreach (var (key, overlayValue) in overlayMap.Children)
        {
            if (!baseMap.Children.ContainsKey(key) && !Skipped(key, skipKeys))
            {
                merged.Add(key, overlayValue);
            }
        }

        return Registered(merged, overlayMap, sourceMap);
    }

    // A key the filter grammar does not name is a field, whose value is a field test.
    private static GrammarValue? ChildOf(MappingGrammar? grammar, YamlNode key)
    {
        var name = (key as YamlScalarNode)?.Value ?? string.Empty;
        return grammar?.Find(name)?.Value ?? (grammar == RuleGrammar.Filter ? new GrammarValue.Mapping(RuleGrammar.FieldTests.Name) : null);
    }

    private static T Registered<T>(T merged, YamlNode overlay, SourceMap sourceMap)
        where T : YamlNode
    {
        if (sourceMap.Locate(overlay) is { } location)
        {
            sourceMap.Register(merged, location);
        }

        return merged;
    }

    private static bool Skipped(YamlNode key, IReadOnlyCollection<string>? skipKeys) =>
        skipKeys is not null && key is YamlScalarNode { Value: { } name } && skipKeys.Contains(name);

    private static bool IsIdList(YamlSequenceNode list) =>
        list.Children.Count > 0 && list.Children.All(c => c is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode("id"), out var id) && id is YamlScalarNode)
        && list.Children.Select(IdOf).Distinct(StringComparer.Ordinal).Count() == list.Children.Count;

    private static string IdOf(YamlNode node) =>
        ((YamlScalarNode)((YamlMappingNode)node).Children[new YamlScalarNode("id")]).Value ?? string.Empty;
}
