using System.Globalization;
using Compliance.Rules.Authoring;
using Compliance.Rules.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Compliance.Rules.Yaml;

/// <summary>
/// Stands between YamlDotNet's parser, which reads events one at a time without recursion, and its representation
/// model, which builds the node tree recursively: every event is checked before the model sees it.
/// </summary>
/// <remarks>
/// <para>
/// Hard limits stop the read at once with a <see cref="YamlLimitException"/>: nesting deeper than
/// <see cref="InputLimits.YamlMaxDepth"/> (so the model's recursion, and every loader's after it, stays shallow), more
/// than <see cref="InputLimits.YamlMaxAliases"/> aliases, aliases that expand to more than
/// <see cref="InputLimits.YamlMaxAliasExpansion"/> nodes (a "billion laughs" is refused at its first oversized alias, before
/// anything is expanded), and an alias inside the node it names (a cycle, which the model would build as an endless tree).
/// </para>
/// <para>
/// Softer problems are reported and the read goes on, so that every one of them is found at once: a tag outside the
/// core schema, and a key given twice in one mapping. The second occurrence of a key is reported and left out together
/// with its value, because the representation model would otherwise stop at the first one.
/// </para>
/// <para>Not thread-safe: one guard reads one file.</para>
/// </remarks>
internal sealed class YamlEventGuard : IParser
{
    private const string CoreTagPrefix = "tag:yaml.org,2002:";

    private static readonly HashSet<string> CoreTags = new(
        new[] { "str", "int", "float", "bool", "null", "map", "seq" }.Select(t => CoreTagPrefix + t),
        StringComparer.Ordinal);

    private readonly IParser _inner;
    private readonly string _file;
    private readonly ICollection<Diagnostic> _diagnostics;
    private readonly Stack<Frame> _frames = new();
    private readonly Stack<(string? Anchor, long NodesBefore)> _open = new();
    private readonly Dictionary<string, long> _anchorSizes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _openAnchors = new(StringComparer.Ordinal);
    private int _depth;
    private int _aliases;
    private long _nodes;
    private long _expanded;
    private bool _skipNextValue;
    private int _skipUntilDepth = -1;

    /// <summary>Initializes a new instance of the <see cref="YamlEventGuard"/> class.</summary>
    /// <param name="inner">The parser whose events are checked.</param>
    /// <param name="file">The file name used in diagnostics.</param>
    /// <param name="diagnostics">Receives the problems that do not stop the read.</param>
    public YamlEventGuard(IParser inner, string file, ICollection<Diagnostic> diagnostics)
    {
        _inner = inner;
        _file = file;
        _diagnostics = diagnostics;
    }

    /// <inheritdoc/>
    public ParsingEvent? Current => _inner.Current;

    /// <inheritdoc/>
    public bool MoveNext()
    {
        while (_inner.MoveNext())
        {
            if (Admit(_inner.Current!))
            {
                return true;
            }
        }

        return false;
    }

    private static string ShowTag(string tag) =>
        tag.StartsWith(CoreTagPrefix, StringComparison.Ordinal) ? "!!" + tag[CoreTagPrefix.Length..] : tag;

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Checks one event, and tells whether the representation model gets to see it.</summary>
    private bool Admit(ParsingEvent parsingEvent)
    {
        CheckTag(parsingEvent);
        switch (parsingEvent)
        {
            case AnchorAlias alias:
                CountAlias(alias);
                break;
            case Scalar scalar:
                _nodes++;
                if (!scalar.Anchor.IsEmpty)
                {
                    _anchorSizes[scalar.Anchor.Value] = 1;
                }

                break;
            case NodeEvent start and (MappingStart or SequenceStart):
                if (++_depth > InputLimits.YamlMaxDepth)
                {
                    throw Limit(
                        DiagnosticCodes.YamlTooDeep,
                        $"mappings and lists are nested more than {InputLimits.YamlMaxDepth} levels deep here; a rule, calendar, case or facts file never needs that many",
                        start.Start);
                }

                var anchor = start.Anchor.IsEmpty ? null : start.Anchor.Value;
                if (anchor is not null)
                {
                    _openAnchors[anchor] = _openAnchors.GetValueOrDefault(anchor) + 1;
                }

                _open.Push((anchor, _nodes));
                _nodes++;
                break;
            case MappingEnd or SequenceEnd:
                _depth--;
                var (closed, before) = _open.Pop();
                if (closed is not null)
                {
                    _anchorSizes[closed] = _nodes - before;
                    _openAnchors[closed]--;
                }

                break;
            case DocumentStart:
                _anchorSizes.Clear();
                break;
        }

        return Track(parsingEvent);
    }

    /// <summary>Keeps the keys of open mappings, and leaves out a repeated key with its value.</summary>
    private bool Track(ParsingEvent parsingEvent)
    {
        if (_skipUntilDepth >= 0)
        {
            if (parsingEvent is MappingEnd or SequenceEnd && _depth == _skipUntilDepth)
            {
                _skipUntilDepth = -1;
                NodeCompleted();
            }

            return false;
        }

        if (_skipNextValue && parsingEvent is NodeEvent or AnchorAlias)
        {
            _skipNextValue = false;
            if (parsingEvent is MappingStart or SequenceStart)
            {
                _skipUntilDepth = _depth - 1;
            }
            else
            {
                NodeCompleted();
            }

            return false;
        }

        switch (parsingEvent)
        {
            case Scalar scalar:
                if (_frames.TryPeek(out var frame) && frame.IsMapping && frame.ExpectsKey && !frame.Keys.Add(scalar.Value))
                {
                    _diagnostics.Add(Diagnostic.Create(
                        DiagnosticCodes.DuplicateKey,
                        $"key '{MessageExcerpt.Of(scalar.Value)}' is given twice",
                        At(scalar.Start)));
                    NodeCompleted();
                    _skipNextValue = true;
                    return false;
                }

                NodeCompleted();
                break;
            case AnchorAlias:
                NodeCompleted();
                break;
            case MappingStart:
                _frames.Push(new Frame(IsMapping: true));
                break;
            case SequenceStart:
                _frames.Push(new Frame(IsMapping: false));
                break;
            case MappingEnd or SequenceEnd:
                _frames.Pop();
                NodeCompleted();
                break;
        }

        return true;
    }

    /// <summary>A node ended: in a mapping, a key is followed by its value and a value by the next key.</summary>
    private void NodeCompleted()
    {
        if (_frames.TryPeek(out var frame) && frame.IsMapping)
        {
            frame.ExpectsKey = !frame.ExpectsKey;
        }
    }

    private void CheckTag(ParsingEvent parsingEvent)
    {
        if (parsingEvent is NodeEvent { Tag.IsEmpty: false } node && !CoreTags.Contains(node.Tag.Value))
        {
            _diagnostics.Add(Diagnostic.Create(
                DiagnosticCodes.YamlTag,
                $"the tag '{MessageExcerpt.Of(ShowTag(node.Tag.Value))}' is not allowed: these files are plain YAML, and only the core schema's tags !!str, !!int, !!float, !!bool, !!null, !!map and !!seq may be written",
                At(node.Start)));
        }
    }

    private void CountAlias(AnchorAlias alias)
    {
        var name = alias.Value.Value;
        if (++_aliases > InputLimits.YamlMaxAliases)
        {
            throw Limit(
                DiagnosticCodes.YamlAliasLimit,
                $"the file has more than {Count(InputLimits.YamlMaxAliases)} aliases ('*name'); write the values out or share fewer of them",
                alias.Start);
        }

        if (_openAnchors.GetValueOrDefault(name) > 0)
        {
            throw Limit(
                DiagnosticCodes.YamlAliasLimit,
                $"the alias '*{MessageExcerpt.Of(name)}' is inside the node '&{MessageExcerpt.Of(name)}' it names, which would make it endless",
                alias.Start);
        }

        // An alias of an anchor not yet seen is left to the parser, which reports it; it counts as one node here.
        var size = _anchorSizes.GetValueOrDefault(name, 1);
        _expanded += size;
        _nodes += size;
        if (_expanded > InputLimits.YamlMaxAliasExpansion)
        {
            throw Limit(
                DiagnosticCodes.YamlAliasLimit,
                $"aliases expand to more than {Count(InputLimits.YamlMaxAliasExpansion)} nodes by here ('*{MessageExcerpt.Of(name)}' alone repeats {Count(size)}); aliases that repeat aliases multiply (a \"billion laughs\"), so the file is refused",
                alias.Start);
        }
    }

    private SourceLocation At(Mark mark) => new(_file, (int)mark.Line, (int)mark.Column);

    private YamlLimitException Limit(DiagnosticDescriptor code, string message, Mark mark) => new(Diagnostic.Create(code, message, At(mark)));

    /// <summary>An open mapping or list.</summary>
    /// <param name="IsMapping">Whether it is a mapping.</param>
    private sealed record Frame(bool IsMapping)
    {
        /// <summary>Gets or sets whether the next node of a mapping is a key.</summary>
        public bool ExpectsKey { get; set; } = true;

        /// <summary>Gets the plain keys seen so far in a mapping.</summary>
        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);
    }
}
