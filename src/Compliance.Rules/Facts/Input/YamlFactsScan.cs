using Compliance.Rules.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Compliance.Rules.Facts.Input;

/// <summary>
/// Checks a YAML facts file event by event, before it is built into a node tree (which YamlDotNet does recursively):
/// the nesting depth, the number of aliases and how much they repeat, and the tags. The scan keeps its own stack, so a
/// document nested 100,000 levels deep or an alias bomb is refused with a diagnostic instead of exhausting the stack,
/// memory or time.
/// </summary>
/// <remarks>
/// Only the tags of the YAML core schema (<c>!!str</c>, <c>!!int</c>, <c>!!float</c>, <c>!!bool</c>, <c>!!null</c>,
/// <c>!!map</c>, <c>!!seq</c>) and the non-specific tag <c>!</c> are allowed: facts are data, and a tag such as
/// <c>!!python/object</c>, <c>!!binary</c> or <c>!include</c> asks a reader for something else.
/// </remarks>
internal static class YamlFactsScan
{
    private const string CoreSchema = "tag:yaml.org,2002:";
    private static readonly HashSet<string> CoreTags = new(StringComparer.Ordinal) { "str", "int", "float", "bool", "null", "map", "seq" };

    /// <summary>Scans a YAML facts file.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="file">The file, for diagnostics.</param>
    /// <param name="diagnostics">Receives every tag problem, or the first depth or alias problem (which ends the scan).</param>
    /// <returns><see langword="true"/> when the file may be built into a node tree (it may still hold syntax errors).</returns>
    public static bool Check(TextReader reader, string file, ICollection<Diagnostic> diagnostics)
    {
        var parser = new Parser(reader);
        var open = new Stack<(string? Anchor, long Nodes)>();
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var aliases = 0;
        long repeated = 0;
        var ok = true;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                var at = new SourceLocation(file, (int)current.Start.Line, (int)current.Start.Column);
                if (current is NodeEvent node && !node.Tag.IsEmpty && !node.Tag.IsNonSpecific && !IsCoreTag(node.Tag.Value))
                {
                    diagnostics.Add(Diagnostic.Create(
                        DiagnosticCodes.ForbiddenTag,
                        $"the tag '{node.Tag.Value}' is not allowed in facts: facts are plain data (only the YAML core schema's tags !!str, !!int, !!float, !!bool, !!null, !!map and !!seq are)",
                        at));
                    ok = false;
                }

                switch (current)
                {
                    case MappingStart or SequenceStart:
                        if (open.Count >= InputLimits.MaxFactsNestingDepth)
                        {
                            diagnostics.Add(Diagnostic.Create(
                                DiagnosticCodes.TooDeep,
                                $"lists and mappings are nested more than {InputLimits.MaxFactsNestingDepth} levels deep; a facts document needs five",
                                at));
                            return false;
                        }

                        open.Push((((NodeEvent)current).Anchor.IsEmpty ? null : ((NodeEvent)current).Anchor.Value, 1));
                        break;
                    case MappingEnd or SequenceEnd:
                        var (anchor, nodes) = open.Pop();
                        Close(anchor, nodes);
                        break;
                    case Scalar scalar:
                        Close(scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value, 1);
                        break;
                    case AnchorAlias alias:
                        aliases++;
                        if (!sizes.TryGetValue(alias.Value.Value, out var size))
                        {
                            var inside = open.Any(o => o.Anchor == alias.Value.Value);
                            diagnostics.Add(Diagnostic.Create(
                                DiagnosticCodes.AliasLimit,
                                inside
                                    ? $"the alias '*{alias.Value.Value}' names a node that contains it, which would repeat without end"
                                    : $"the alias '*{alias.Value.Value}' names no anchor '&{alias.Value.Value}' before it",
                                at));
                            return false;
                        }

                        repeated += size;
                        if (aliases > InputLimits.MaxYamlAliases || repeated > InputLimits.MaxYamlAliasExpansion)
                        {
                            diagnostics.Add(Diagnostic.Create(
                                DiagnosticCodes.AliasLimit,
                                aliases > InputLimits.MaxYamlAliases
                                    ? $"the file holds more than {InputLimits.MaxYamlAliases:N0} aliases (*name)"
                                    : $"the aliases (*name) of the file repeat more than {InputLimits.MaxYamlAliasExpansion:N0} values in all (aliases of lists of aliases multiply); write the facts out instead",
                                at));
                            return false;
                        }

                        Close(null, size);
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // A syntax error (YamlDotNet's scanner throws InvalidOperationException on some stray line breaks): the
            // loader reports it with its position.
            return ok;
        }

        return ok;

        void Close(string? anchor, long nodes)
        {
            if (anchor is not null)
            {
                sizes[anchor] = nodes;
            }

            if (open.Count > 0)
            {
                var (parentAnchor, parentNodes) = open.Pop();
                open.Push((parentAnchor, Math.Min(parentNodes + nodes, long.MaxValue / 2)));
            }
        }
    }

    private static bool IsCoreTag(string tag) =>
        tag.StartsWith(CoreSchema, StringComparison.Ordinal) && CoreTags.Contains(tag[CoreSchema.Length..]);
}
