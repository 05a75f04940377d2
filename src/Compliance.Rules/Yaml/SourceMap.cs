using Compliance.Rules.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Compliance.Rules.Yaml;

/// <summary>
/// Remembers which file and position every YAML node came from, by node identity, so that nodes merged from
/// several files (an overlay's override on top of a base revision) still report their own file and line.
/// </summary>
/// <remarks>
/// YamlDotNet nodes compare by value and carry no file name, hence a reference-keyed table.
/// Not thread-safe: one map belongs to one load.
/// </remarks>
internal sealed class SourceMap
{
    private readonly Dictionary<YamlNode, SourceLocation> _locations = new(ReferenceEqualityComparer.Instance);

    /// <summary>Registers a parsed node and all its descendants as coming from a file.</summary>
    /// <param name="root">The root node.</param>
    /// <param name="file">The file.</param>
    /// <remarks>
    /// Walks the tree with a stack of its own rather than recursion, and visits a node that aliases share once, so the
    /// walk costs one step per distinct node however the tree is nested or aliased.
    /// </remarks>
    public void RegisterTree(YamlNode root, string file)
    {
        var pending = new Stack<YamlNode>();
        pending.Push(root);
        while (pending.TryPop(out var node))
        {
            if (!_locations.TryAdd(node, YamlSource.At(node, file)))
            {
                continue;
            }

            switch (node)
            {
                case YamlMappingNode mapping:
                    foreach (var (key, value) in mapping.Children)
                    {
                        pending.Push(value);
                        pending.Push(key);
                    }

                    break;
                case YamlSequenceNode sequence:
                    foreach (var item in sequence.Children)
                    {
                        pending.Push(item);
                    }

                    break;
            }
        }
    }

    /// <summary>Registers a node made by the loader (for example a merged mapping) at a given location.</summary>
    /// <param name="node">The node.</param>
    /// <param name="location">The location to report for it.</param>
    public void Register(YamlNode node, SourceLocation location) => _locations[node] = location;

    /// <summary>Gets the location of a node.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The location, or <see langword="null"/> for a node this map does not know.</returns>
    public SourceLocation? Locate(YamlNode node) => _locations.TryGetValue(node, out var location) ? location : null;
}
