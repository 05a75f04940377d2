using System.Collections.Immutable;
using System.Text;
using Compliance.Rules.Authoring.Parsing;
using YamlDotNet.RepresentationModel;

namespace Compliance.Rules.Authoring.Model;

/// <summary>
/// An indicator's definition (<c>applies_to</c>, <c>group</c>, <c>kind</c>, <c>points</c>, <c>when</c>) as an immutable
/// tree of the YAML it was written in, after overlays and group defaults: what <see cref="IndicatorDiff"/> walks to name
/// each change by its path (<c>when.count.where.category</c>).
/// </summary>
/// <remarks>
/// A node is a scalar, a list or a mapping (keys in ordinal order). <see cref="Text"/> is the canonical flow text of
/// <see cref="CanonicalText"/>, so two nodes that say the same thing have the same text. This type is immutable and
/// thread-safe.
/// </remarks>
internal sealed class DefinitionNode
{
    private DefinitionNode(string text, ImmutableArray<DefinitionNode>? items, ImmutableSortedDictionary<string, DefinitionNode>? entries)
    {
        Text = text;
        Items = items;
        Entries = entries;
    }

    /// <summary>Gets the node's canonical text: a scalar as written, <c>[a, b]</c>, <c>{key: value}</c>.</summary>
    public string Text { get; }

    /// <summary>Gets a list's items, or <see langword="null"/> when the node is not a list.</summary>
    public ImmutableArray<DefinitionNode>? Items { get; }

    /// <summary>Gets a mapping's entries by key, or <see langword="null"/> when the node is not a mapping.</summary>
    public ImmutableSortedDictionary<string, DefinitionNode>? Entries { get; }

    /// <summary>Makes the tree of the given keys of an indicator's mapping (those it has).</summary>
    /// <param name="mapping">The indicator's mapping.</param>
    /// <param name="keys">The keys of the definition.</param>
    /// <returns>A mapping node holding those keys.</returns>
    public static DefinitionNode Of(YamlMappingNode mapping, IEnumerable<string> keys)
    {
        var selected = new YamlMappingNode();
        foreach (var key in keys)
        {
            if (mapping.Children.TryGetValue(new YamlScalarNode(key), out var value))
            {
                selected.Add(key, value);
            }
        }

        return From(selected);
    }

    private static DefinitionNode From(YamlNode node)
    {
        var text = new StringBuilder();
        CanonicalText.Write(node, text);
        return node switch
        {
            YamlSequenceNode list => new DefinitionNode(text.ToString(), [.. list.Children.Select(From)], null),
            YamlMappingNode map => new DefinitionNode(text.ToString(), null, EntriesOf(map)),
            _ => new DefinitionNode(text.ToString(), null, null),
        };
    }

    private static ImmutableSortedDictionary<string, DefinitionNode> EntriesOf(YamlMappingNode map)
    {
        var entries = ImmutableSortedDictionary.CreateBuilder<string, DefinitionNode>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            var name = new StringBuilder();
            CanonicalText.Write(key, name);
            entries.TryAdd(name.ToString(), From(value));
        }

        return entries.ToImmutable();
    }
}
