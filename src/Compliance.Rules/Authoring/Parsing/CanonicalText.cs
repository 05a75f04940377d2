using System.Text;
using YamlDotNet.RepresentationModel;

namespace Compliance.Rules.Authoring.Parsing;

/// <summary>
/// Writes selected keys of a YAML mapping as one canonical line (keys sorted, flow style), so that two revisions'
/// definitions of an indicator compare equal exactly when they say the same thing.
/// </summary>
internal static class CanonicalText
{
    /// <summary>Writes the given keys of a mapping.</summary>
    /// <param name="mapping">The mapping.</param>
    /// <param name="keys">The keys to include.</param>
    /// <returns>The canonical text.</returns>
    public static string Of(YamlMappingNode mapping, IEnumerable<string> keys)
    {
        var builder = new StringBuilder();
        foreach (var key in keys.Order(StringComparer.Ordinal))
        {
            if (mapping.Children.TryGetValue(new YamlScalarNode(key), out var value))
            {
                builder.Append(key).Append(": ");
                Write(value, builder);
                builder.Append("; ");
            }
        }

        return builder.ToString().TrimEnd(' ', ';');
    }

    /// <summary>Writes one node canonically.</summary>
    /// <param name="node">The node.</param>
    /// <param name="builder">The output.</param>
    public static void Write(YamlNode node, StringBuilder builder)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                builder.Append(scalar.Value);
                break;
            case YamlSequenceNode list:
                builder.Append('[');
                builder.AppendJoin(", ", list.Children.Select(child => { var b = new StringBuilder(); Write(child, b); return b.ToString(); }));
                builder.Append(']');
                break;
            case YamlMappingNode map:
                builder.Append('{');
                var first = true;
                foreach (var (key, value) in map.Children.OrderBy(c => (c.Key as YamlScalarNode)?.Value, StringComparer.Ordinal))
                {
                    if (!first)
                    {
                        builder.Append(", ");
                    }

                    first = false;
                    Write(key, builder);
                    builder.Append(": ");
                    Write(value, builder);
                }

                builder.Append('}');
                break;
        }
    }
}
