using System.Collections.Frozen;
using System.Collections.Immutable;
using Compliance.Rules.Labels;

namespace Compliance.Rules.Grammar;

/// <summary>
/// One kind of mapping of the language (an indicator, a condition, a window…): the keys it may hold, what each holds and
/// whether it must be written, and the keys of which it holds only one. The loaders take their key lists and
/// unknown-key errors from it, overlays merge by it and the schema generator writes it out.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
internal sealed class MappingGrammar
{
    private readonly FrozenDictionary<string, GrammarKey> _byName;

    /// <summary>Initializes a new instance of the <see cref="MappingGrammar"/> class.</summary>
    /// <param name="name">The mapping's name in the grammar and in the schemas' definitions, such as <c>indicator</c>.</param>
    /// <param name="what">What the mapping is, for messages (<c>an indicator</c>).</param>
    /// <param name="description">What the mapping is, for editors.</param>
    /// <param name="keys">Its keys, in the order the language documents them.</param>
    /// <param name="alternatives">The groups of keys of which it holds one.</param>
    /// <param name="shorthand">A scalar the mapping may be written as instead (<c>points: 5</c>), if any.</param>
    /// <param name="isPatch">Whether the mapping changes one of the base revision's (an override), so its nested mappings are changes too.</param>
    public MappingGrammar(string name, string what, Bilingual description, IEnumerable<GrammarKey> keys, IEnumerable<Alternatives>? alternatives = null, GrammarValue? shorthand = null, bool isPatch = false)
    {
        Shorthand = shorthand;
        IsPatch = isPatch;
        Name = name;
        What = what;
        Description = description;
        Keys = [.. keys];
        Alternatives = [.. alternatives ?? []];
        _byName = Keys.ToFrozenDictionary(k => k.Name, StringComparer.Ordinal);
        KeyNames = [.. Keys.Select(k => k.Name)];
    }

    /// <summary>Gets the mapping's name in the grammar and in the schemas' definitions.</summary>
    public string Name { get; }

    /// <summary>Gets what the mapping is, for messages.</summary>
    public string What { get; }

    /// <summary>Gets what the mapping is, for editors.</summary>
    public Bilingual Description { get; }

    /// <summary>Gets the keys, in documentation order.</summary>
    public ImmutableArray<GrammarKey> Keys { get; }

    /// <summary>Gets the names of the keys, in documentation order.</summary>
    public ImmutableArray<string> KeyNames { get; }

    /// <summary>Gets a scalar the mapping may be written as instead, if any.</summary>
    public GrammarValue? Shorthand { get; }

    /// <summary>Gets whether the mapping changes one of the base revision's, so that its nested mappings merge into the base's.</summary>
    public bool IsPatch { get; }

    /// <summary>Gets the groups of keys of which the mapping holds one.</summary>
    public ImmutableArray<Alternatives> Alternatives { get; }

    /// <summary>Gets a key by name.</summary>
    /// <param name="name">The key's name.</param>
    /// <returns>The key.</returns>
    /// <exception cref="KeyNotFoundException">The mapping has no such key (a defect of the grammar or its caller).</exception>
    public GrammarKey this[string name] => _byName[name];

    /// <summary>Finds a key by name.</summary>
    /// <param name="name">The key's name.</param>
    /// <returns>The key, or <see langword="null"/>.</returns>
    public GrammarKey? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Gets the keys of a base mapping that an overlay's key replaces: the other keys of its groups of alternatives.</summary>
    /// <param name="key">The key the overlay writes.</param>
    /// <param name="baseKeys">The keys of the base mapping.</param>
    /// <returns>The base keys that the overlay's key replaces.</returns>
    public IEnumerable<string> ReplacedBy(string key, IReadOnlyCollection<string> baseKeys) =>
        Alternatives
            .Where(g => g.Exclusive && g.Keys.Contains(key))
            .SelectMany(g => g.Keys)
            .Where(k => k != key && baseKeys.Contains(k));

    /// <summary>Creates the mapping that changes one of this kind in the base revision (an override changes an indicator).</summary>
    /// <param name="name">The new mapping's name.</param>
    /// <param name="what">What it is, for messages.</param>
    /// <param name="description">What it is, for editors.</param>
    /// <param name="change">Changes each key (an override's keys are optional but its id).</param>
    /// <returns>The new mapping, whose nested mappings merge into the base's.</returns>
    public MappingGrammar PatchOf(string name, string what, Bilingual description, Func<GrammarKey, GrammarKey> change) =>
        new(name, what, description, Keys.Select(change), Alternatives, Shorthand, isPatch: true);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
