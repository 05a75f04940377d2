using System.Globalization;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.PlainText;
using NodaTime;
using NodaTime.Text;
using YamlDotNet.RepresentationModel;

namespace Compliance.Rules.Yaml;

/// <summary>
/// A strict reader over one YAML mapping: it knows the keys it may hold, reports unknown and missing keys
/// and values of the wrong type as diagnostics, and keeps reading so that every problem is reported at once.
/// </summary>
internal sealed class YamlMap
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);

    private YamlMap(YamlMappingNode node, string file, string? subject, ICollection<Diagnostic> diagnostics, SourceMap? sourceMap)
    {
        Node = node;
        File = file;
        Subject = subject;
        Diagnostics = diagnostics;
        SourceMap = sourceMap;
        foreach (var (key, value) in node.Children)
        {
            if (key is not YamlScalarNode scalarKey || scalarKey.Value is null)
            {
                Diagnostics.Add(Diagnostic.Create(DiagnosticCodes.WrongType, "a key must be a plain name", At(key), subject));
                continue;
            }

            if (!_entries.TryAdd(scalarKey.Value, (scalarKey, value)))
            {
                Diagnostics.Add(Diagnostic.Create(
                    DiagnosticCodes.DuplicateKey, $"key '{MessageExcerpt.Of(scalarKey.Value)}' is given twice", At(scalarKey), subject));
            }
        }
    }

    /// <summary>Gets the mapping node.</summary>
    public YamlMappingNode Node { get; }

    /// <summary>Gets the file name used in diagnostics.</summary>
    public string File { get; }

    /// <summary>Gets the subject (indicator id, year) used in diagnostics.</summary>
    public string? Subject { get; }

    /// <summary>Gets the sink that receives diagnostics.</summary>
    public ICollection<Diagnostic> Diagnostics { get; }

    /// <summary>Gets the map of node positions across files, when the mapping may hold nodes merged from several files.</summary>
    public SourceMap? SourceMap { get; }

    /// <summary>Gets the location of the mapping itself.</summary>
    public SourceLocation Location => At(Node);

    /// <summary>Gets the keys present, in source order.</summary>
    public IEnumerable<string> Keys => Node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value!);

    /// <summary>Reads a node as a mapping, reporting an error when it is something else.</summary>
    /// <param name="node">The node.</param>
    /// <param name="file">The file name.</param>
    /// <param name="what">What the mapping is, for the message (e.g. "an indicator").</param>
    /// <param name="subject">The subject for diagnostics.</param>
    /// <param name="diagnostics">The sink.</param>
    /// <param name="sourceMap">Where nodes came from, when they may come from several files; otherwise every node is taken to be in <paramref name="file"/>.</param>
    /// <returns>The reader, or <see langword="null"/> when the node is not a mapping.</returns>
    public static YamlMap? From(YamlNode? node, string file, string what, string? subject, ICollection<Diagnostic> diagnostics, SourceMap? sourceMap = null)
    {
        if (node is YamlMappingNode mapping)
        {
            return new YamlMap(mapping, file, subject, diagnostics, sourceMap);
        }

        if (node is not null)
        {
            var location = sourceMap?.Locate(node) ?? YamlSource.At(node, file);
            diagnostics.Add(Diagnostic.Create(
                DiagnosticCodes.WrongType, $"expected {what} (a mapping of keys to values), found {Describe(node)}", location, subject));
        }

        return null;
    }

    /// <summary>Describes a node's kind for messages.</summary>
    /// <param name="node">The node.</param>
    /// <returns>A short description.</returns>
    public static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode s => $"the value '{MessageExcerpt.Of(s.Value)}'",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "something else",
    };

    /// <summary>Returns this reader with a different subject, for nested mappings that belong to an indicator.</summary>
    /// <param name="subject">The new subject.</param>
    /// <returns>A reader over the same mapping.</returns>
    public YamlMap WithSubject(string? subject) => new(Node, File, subject, Diagnostics, SourceMap);

    /// <summary>Opens a nested mapping with the same file, subject, sink and source map.</summary>
    /// <param name="node">The nested node.</param>
    /// <param name="what">What the mapping is, for the message.</param>
    /// <returns>The reader, or <see langword="null"/> when the node is not a mapping (an error has been reported).</returns>
    public YamlMap? Nested(YamlNode? node, string what) => From(node, File, what, Subject, Diagnostics, SourceMap);

    /// <summary>Gets the location of any node, through the source map when there is one.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The location.</returns>
    public SourceLocation At(YamlNode node) => SourceMap?.Locate(node) ?? YamlSource.At(node, File);

    /// <summary>Reports every key that is not in <paramref name="allowed"/>.</summary>
    /// <param name="allowed">The keys the format allows here.</param>
    /// <param name="what">What the mapping is, for the message.</param>
    public void RejectUnknownKeys(IReadOnlyCollection<string> allowed, string what)
    {
        foreach (var (name, (key, _)) in _entries)
        {
            if (!allowed.Contains(name))
            {
                var expected = string.Join(", ", allowed.OrderBy(a => a, StringComparer.Ordinal));
                var hint = Suggest(name, allowed);
                Diagnostics.Add(Diagnostic.Create(
                    DiagnosticCodes.UnknownKey,
                    $"unknown key '{MessageExcerpt.Of(name)}' in {what}{hint}; expected one of: {expected}",
                    At(key),
                    Subject));
            }
        }
    }

    /// <summary>Gets whether the key is present.</summary>
    /// <param name="key">The key.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool Has(string key) => _entries.ContainsKey(key);

    /// <summary>Gets the value node of a key, or <see langword="null"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The node, if present.</returns>
    public YamlNode? Get(string key) => _entries.TryGetValue(key, out var e) ? e.Value : null;

    /// <summary>Gets the location of a key, or of the mapping when absent.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The location.</returns>
    public SourceLocation KeyLocation(string key) =>
        _entries.TryGetValue(key, out var e) ? At(e.Key) : Location;

    /// <summary>Gets the location of a key's value, or of the mapping when absent.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The location.</returns>
    public SourceLocation ValueLocation(string key) =>
        _entries.TryGetValue(key, out var e) ? At(e.Value) : Location;

    /// <summary>Gets a required node, reporting its absence.</summary>
    /// <param name="key">The key.</param>
    /// <param name="what">What the mapping is, for the message.</param>
    /// <returns>The node, or <see langword="null"/> when absent.</returns>
    public YamlNode? Require(string key, string what)
    {
        var node = Get(key);
        if (node is null)
        {
            Diagnostics.Add(Diagnostic.Create(DiagnosticCodes.MissingKey, $"{what} needs the key '{key}'", Location, Subject));
        }

        return node;
    }

    /// <summary>Reads a scalar string.</summary>
    /// <param name="key">The key.</param>
    /// <param name="required">Whether its absence is an error.</param>
    /// <param name="what">What the mapping is, for the message.</param>
    /// <returns>The string, or <see langword="null"/>.</returns>
    public string? String(string key, bool required, string what)
    {
        var node = required ? Require(key, what) : Get(key);
        return node is null ? null : ScalarText(node, key, "text");
    }

    /// <summary>Reads a boolean (<c>true</c> or <c>false</c>).</summary>
    /// <param name="key">The key.</param>
    /// <param name="required">Whether its absence is an error.</param>
    /// <param name="what">What the mapping is, for the message.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public bool? Boolean(string key, bool required, string what)
    {
        var node = required ? Require(key, what) : Get(key);
        if (node is null)
        {
            return null;
        }

        var text = ScalarText(node, key, "true or false");
        return text switch
        {
            null => null,
            "true" => true,
            "false" => false,
            _ => Report<bool?>(node, $"'{key}' must be true or false, found '{MessageExcerpt.Of(text)}'"),
        };
    }

    /// <summary>Reads a whole number.</summary>
    /// <param name="key">The key.</param>
    /// <param name="required">Whether its absence is an error.</param>
    /// <param name="what">What the mapping is, for the message.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public int? Integer(string key, bool required, string what)
    {
        var node = required ? Require(key, what) : Get(key);
        if (node is null)
        {
            return null;
        }

        var text = ScalarText(node, key, "a whole number");
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : Report<int?>(node, $"'{key}' must be a whole number, found '{MessageExcerpt.Of(text)}'");
    }

    /// <summary>Reads a decimal number.</summary>
    /// <param name="key">The key.</param>
    /// <param name="required">Whether its absence is an error.</param>
    /// <param name="what">What the mapping is, for the message.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public decimal? Decimal(string key, bool required, string what)
    {
        var node = required ? Require(key, what) : Get(key);
        return node is null ? null : DecimalOf(node, key);
    }

    /// <summary>Reads a date in ISO form (<c>2024-06-27</c>).</summary>
    /// <param name="key">The key.</param>
    /// <param name="required">Whether its absence is an error.</param>
    /// <param name="what">What the mapping is, for the message.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public LocalDate? Date(string key, bool required, string what)
    {
        var node = required ? Require(key, what) : Get(key);
        return node is null ? null : DateOf(node, key);
    }

    /// <summary>Reads a scalar node as a decimal number.</summary>
    /// <param name="node">The node.</param>
    /// <param name="key">The key, for the message.</param>
    /// <returns>The value, or <see langword="null"/> after reporting an error.</returns>
    public decimal? DecimalOf(YamlNode node, string key)
    {
        var text = ScalarText(node, key, "a number");
        if (text is null)
        {
            return null;
        }

        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : Report<decimal?>(node, $"'{key}' must be a number, found '{MessageExcerpt.Of(text)}'");
    }

    /// <summary>Reads a scalar node as an ISO date.</summary>
    /// <param name="node">The node.</param>
    /// <param name="key">The key, for the message.</param>
    /// <returns>The value, or <see langword="null"/> after reporting an error.</returns>
    public LocalDate? DateOf(YamlNode node, string key)
    {
        var text = ScalarText(node, key, "a date such as 2024-06-27");
        if (text is null)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success
            ? result.Value
            : Report<LocalDate?>(node, $"'{key}' must be a date such as 2024-06-27, found '{MessageExcerpt.Of(text)}'");
    }

    /// <summary>Gets a scalar's text, reporting an error when the node is a list or mapping.</summary>
    /// <param name="node">The node.</param>
    /// <param name="key">The key, for the message.</param>
    /// <param name="expected">What was expected, for the message.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public string? ScalarText(YamlNode node, string key, string expected)
    {
        if (node is YamlScalarNode { Value: not null } scalar)
        {
            return scalar.Value;
        }

        return Report<string?>(node, $"'{key}' must be {expected}, found {Describe(node)}");
    }

    /// <summary>Reports an error at a node.</summary>
    /// <param name="node">The node.</param>
    /// <param name="message">The message.</param>
    /// <param name="code">The code; <see cref="DiagnosticCodes.WrongType"/> when none is given.</param>
    public void Error(YamlNode node, string message, DiagnosticDescriptor? code = null) =>
        Diagnostics.Add(Diagnostic.Create(code ?? DiagnosticCodes.WrongType, message, At(node), Subject));

    /// <summary>Suggests the closest allowed name for a misspelt one, as " (did you mean 'x'?)", or an empty string.</summary>
    /// <param name="name">The name written.</param>
    /// <param name="allowed">The names allowed.</param>
    /// <returns>The suggestion (see <see cref="Suggestions.For"/>, which readers of other inputs call directly).</returns>
    public static string Suggest(string name, IEnumerable<string> allowed) => Suggestions.For(name, allowed);

    private T Report<T>(YamlNode node, string message)
    {
        Error(node, message);
        return default!;
    }
}
