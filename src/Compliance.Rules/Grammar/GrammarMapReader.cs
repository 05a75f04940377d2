using Compliance.Rules.Yaml;
using NodaTime;
using YamlDotNet.RepresentationModel;

namespace Compliance.Rules.Grammar;

/// <summary>
/// Reads the keys of one YAML mapping by its grammar: whether a key must be written is the grammar's
/// (<see cref="GrammarKey.Presence"/>), so a reader names a key and never says again whether it is required. A required
/// key that is absent is reported (CR0003) at the mapping, with what the mapping is; every missing key of a mapping is
/// reported, each by the read that wants it.
/// </summary>
/// <remarks>This type is immutable; it reports into its mapping's diagnostics, so one reader serves one thread.</remarks>
internal readonly struct GrammarMapReader
{
    private readonly MappingGrammar _grammar;
    private readonly bool _inOverlay;

    /// <summary>Initializes a new instance of the <see cref="GrammarMapReader"/> struct.</summary>
    /// <param name="map">The mapping.</param>
    /// <param name="grammar">What the mapping is.</param>
    /// <param name="inOverlay">Whether the mapping is read from a document that extends another and is not merged onto it before reading (a calendar overlay).</param>
    public GrammarMapReader(YamlMap map, MappingGrammar grammar, bool inOverlay)
    {
        Map = map;
        _grammar = grammar;
        _inOverlay = inOverlay;
    }

    /// <summary>Gets the mapping.</summary>
    public YamlMap Map { get; }

    /// <summary>Gets whether the grammar requires a key of this mapping, as it is written.</summary>
    /// <param name="key">The key, one of the grammar's.</param>
    /// <returns>Whether its absence is an error.</returns>
    /// <exception cref="KeyNotFoundException">The grammar has no such key (a defect of the reader).</exception>
    public bool Requires(string key) => _grammar[key] switch
    {
        { Presence: KeyPresence.Required or KeyPresence.RequiredAfterDefaults } => true,
        { Presence: KeyPresence.RequiredUnlessOverlay } => !_inOverlay,
        { Presence: KeyPresence.RequiredInOverlay } => _inOverlay,
        { Presence: KeyPresence.RequiredWith, Companions: { } companions } => companions.Any(Map.Has),
        { Presence: KeyPresence.RequiredWithout, Companions: { } companions } => !companions.Any(Map.Has),
        _ => false,
    };

    /// <summary>Gets a key's node, reporting its absence when the grammar requires it.</summary>
    /// <param name="key">The key.</param>
    /// <param name="what">What the mapping is, for the message, when it says more than the grammar's <see cref="MappingGrammar.What"/>.</param>
    /// <returns>The node, or <see langword="null"/> when absent.</returns>
    public YamlNode? Node(string key, string? what = null) => Requires(key) ? Map.Require(key, What(what)) : Map.Get(key);

    /// <summary>Reads a scalar string.</summary>
    /// <param name="key">The key.</param>
    /// <param name="what">What the mapping is, for the message, when it says more than the grammar's.</param>
    /// <returns>The string, or <see langword="null"/>.</returns>
    public string? String(string key, string? what = null) => Map.String(key, Requires(key), What(what));

    /// <summary>Reads a boolean.</summary>
    /// <param name="key">The key.</param>
    /// <param name="what">What the mapping is, for the message, when it says more than the grammar's.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public bool? Boolean(string key, string? what = null) => Map.Boolean(key, Requires(key), What(what));

    /// <summary>Reads a whole number.</summary>
    /// <param name="key">The key.</param>
    /// <param name="what">What the mapping is, for the message, when it says more than the grammar's.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public int? Integer(string key, string? what = null) => Map.Integer(key, Requires(key), What(what));

    /// <summary>Reads a number.</summary>
    /// <param name="key">The key.</param>
    /// <param name="what">What the mapping is, for the message, when it says more than the grammar's.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public decimal? Decimal(string key, string? what = null) => Map.Decimal(key, Requires(key), What(what));

    /// <summary>Reads an ISO date.</summary>
    /// <param name="key">The key.</param>
    /// <param name="what">What the mapping is, for the message, when it says more than the grammar's.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public LocalDate? Date(string key, string? what = null) => Map.Date(key, Requires(key), What(what));

    /// <summary>Reads a list of nodes.</summary>
    /// <param name="key">The key.</param>
    /// <param name="what">What the mapping is, for the message, when it says more than the grammar's.</param>
    /// <returns>The items; empty when the key is absent or not a list.</returns>
    public IReadOnlyList<YamlNode> List(string key, string? what = null) => Map.List(key, Requires(key), What(what));

    /// <summary>Reads a list of texts, keeping each item's node for positions.</summary>
    /// <param name="key">The key.</param>
    /// <param name="what">What the mapping is, for the message, when it says more than the grammar's.</param>
    /// <returns>The texts with their nodes.</returns>
    public IReadOnlyList<(string Text, YamlNode Node)> TextList(string key, string? what = null) => Map.TextList(key, Requires(key), What(what));

    /// <summary>Reads one of a fixed set of words.</summary>
    /// <typeparam name="T">The type of the values.</typeparam>
    /// <param name="key">The key.</param>
    /// <param name="choices">The words and their values.</param>
    /// <param name="what">What the mapping is, for the message, when it says more than the grammar's.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public T? Choice<T>(string key, IReadOnlyList<(string Word, T Value)> choices, string? what = null)
        where T : struct => Map.Choice(key, Requires(key), What(what), choices);

    private string What(string? what) => what ?? _grammar.What;
}
