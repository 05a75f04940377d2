using Compliance.Rules.Yaml;
using YamlDotNet.RepresentationModel;

namespace Compliance.Rules.Authoring.Loading;

/// <summary>
/// Merges an overlay's YAML onto its base's: mappings merge key by key (recursively), anything else is replaced,
/// and lists of mappings with <c>id</c> keys (groups) merge item by item on their ids.
/// </summary>
/// <remarks>
/// So an override that writes only <c>when: { gte: 6 }</c> changes only the threshold and keeps the rest of the
/// base indicator's condition. Keys of which a mapping holds exactly one (<see cref="Parsing.ExclusiveKeys"/>) replace
/// each other: <c>when: { gt: 5 }</c> over <c>gte: 5</c> makes the bound exclusive, and <c>{ months: 1 }</c> over
/// <c>{ calendar_days: 14 }</c> changes the window's unit. Merged mappings are registered in the source map at the overlay's position,
/// while every node keeps its own file and line.
/// </remarks>
internal static class OverlayMerger
{
    /// <summary>Merges <paramref name="overlay"/> onto <paramref name="basis"/>.</summary>
    /// <param name="basis">The base node.</param>
    /// <param name="overlay">The overlay node.</param>
    /// <param name="sourceMap">The source map to register merged nodes in.</param>
    /// <param name="skipKeys">Top-level overlay keys not merged (for example <c>extends</c>).</param>
    /// <returns>The merged node.</returns>
    public static YamlNode Merge(YamlNode basis, YamlNode overlay, SourceMap sourceMap, IReadOnlyCollection<string>? skipKeys = null)
    {
        if (basis is YamlMappingNode baseMap && overlay is YamlMappingNode overlayMap)
        {
            var merged = new YamlMappingNode();
            var baseKeys = baseMap.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? string.Empty).ToList();
            var replaced = overlayMap.Children.Keys
                .OfType<YamlScalarNode>()
                .SelectMany(k => Parsing.ExclusiveKeys.ReplacedBy(k.Value ?? string.Empty, baseKeys))
                .ToHashSet(StringComparer.Ordinal);
            foreach (var (key, value) in baseMap.Children)
            {
                if (key is YamlScalarNode { Value: { } name } && replaced.Contains(name))
                {
                    continue;
                }

                merged.Add(key, overlayMap.Children.TryGetValue(key, out var replacement) && !Skipped(key, skipKeys)
                    ? Merge(value, replacement, sourceMap)
                    : value);
            }

            foreach (var (key, value) in overlayMap.Children)
            {
                if (!baseMap.Children.ContainsKey(key) && !Skipped(key, skipKeys))
                {
                    merged.Add(key, value);
                }
            }

            if (sourceMap.Locate(overlay) is { } location)
            {
                sourceMap.Register(merged, location);
            }

            return merged;
        }

        if (basis is YamlSequenceNode baseList && overlay is YamlSequenceNode overlayList && IsIdList(baseList) && IsIdList(overlayList))
        {
            var merged = new YamlSequenceNode();
            var overlayById = overlayList.Children.ToDictionary(IdOf, StringComparer.Ordinal);
            foreach (var item in baseList.Children)
            {
                merged.Add(overlayById.Remove(IdOf(item), out var replacement) ? Merge(item, replacement, sourceMap) : item);
            }

            foreach (var item in overlayList.Children.Where(i => overlayById.ContainsKey(IdOf(i))))
            {
                merged.Add(item);
            }

            if (sourceMap.Locate(overlay) is { } location)
            {
                sourceMap.Register(merged, location);
            }

            return merged;
        }

        return overlay;
    }

    private static bool Skipped(YamlNode key, IReadOnlyCollection<string>? skipKeys) =>
        skipKeys is not null && key is YamlScalarNode { Value: { } name } && skipKeys.Contains(name);

    private static bool IsIdList(YamlSequenceNode list) =>
        list.Children.Count > 0 && list.Children.All(c => c is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode("id"), out var id) && id is YamlScalarNode)
        && list.Children.Select(IdOf).Distinct(StringComparer.Ordinal).Count() == list.Children.Count;

    private static string IdOf(YamlNode node) =>
        ((YamlScalarNode)((YamlMappingNode)node).Children[new YamlScalarNode("id")]).Value ?? string.Empty;
}
