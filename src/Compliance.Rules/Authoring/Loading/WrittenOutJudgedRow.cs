using Compliance.Rules.Facts;
using YamlDotNet.RepresentationModel;

namespace Compliance.Rules.Authoring.Loading;

/// <summary>
/// Recognises the deprecated way of writing an inspector-judged row: a condition over the inspector findings that name
/// the row's own indicator (<c>when: { each: { of: inspector_finding, where: { indicator_id: its id } } }</c>, the type
/// under its current or its former name), which
/// <c>judged_by: inspector</c> now says without the indicator naming itself.
/// </summary>
internal static class WrittenOutJudgedRow
{
    private static readonly YamlScalarNode When = new("when");

    /// <summary>Finds the written-out condition of an indicator or of one of its sub-rules.</summary>
    /// <param name="row">The indicator's or the sub-rule's mapping.</param>
    /// <param name="indicatorId">The indicator's id.</param>
    /// <returns>The <c>when</c> node when it is the written-out form, otherwise <see langword="null"/>.</returns>
    public static YamlNode? Find(YamlMappingNode row, string indicatorId)
    {
        if (!row.Children.TryGetValue(When, out var when)
            || Single(when, "each") is not YamlMappingNode each
            || each.Children.Count != 2
            || Value(each, "of") is not { } typeName
            || FactCatalog.FindObservation(typeName, out _)?.ClrType != typeof(InspectorFinding)
            || !each.Children.TryGetValue(new YamlScalarNode("where"), out var whereNode)
            || whereNode is not YamlMappingNode where
            || Value(where, "indicator_id") != indicatorId)
        {
            return null;
        }

        // The filter names the indicator, and at most the sub-rule the inspector judged: anything more is a measured row.
        var extra = where.Children.Keys.OfType<YamlScalarNode>().Count(k => k.Value is not ("indicator_id" or "rule"));
        return extra == 0 && where.Children.Count <= 2 ? when : null;
    }

    private static YamlNode? Single(YamlNode node, string key) =>
        node is YamlMappingNode { Children.Count: 1 } map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Value(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode { Value: { } text } ? text : null;
}
