using Compliance.Rules.Labels;

namespace Compliance.Rules.Grammar;

/// <summary>One key of a mapping of the language: its name, what its value is, whether it must be written, and what it means.</summary>
/// <param name="Name">The key as written.</param>
/// <param name="Value">What its value is.</param>
/// <param name="Description">What it means.</param>
/// <param name="Presence">Whether it must be written.</param>
/// <param name="Companions">For <see cref="KeyPresence.RequiredWith"/> and <see cref="KeyPresence.RequiredWithout"/>, the other keys of the mapping its presence depends on.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
internal sealed record GrammarKey(string Name, GrammarValue Value, Bilingual Description, KeyPresence Presence = KeyPresence.Optional, IReadOnlyList<string>? Companions = null)
{
    /// <summary>
    /// Gets whether every document of the kind writes the key (in a whole document, or after an overlay is merged onto
    /// its base), as the schemas require it.
    /// </summary>
    public bool Required => Presence is KeyPresence.Required or KeyPresence.RequiredUnlessOverlay;

    /// <summary>Creates a key.</summary>
    /// <param name="name">The key as written.</param>
    /// <param name="value">What its value is.</param>
    /// <param name="chinese">What it means, in Chinese.</param>
    /// <param name="english">What it means, in English.</param>
    /// <param name="presence">Whether it must be written.</param>
    /// <param name="companions">The other keys its presence depends on, for <see cref="KeyPresence.RequiredWith"/> and <see cref="KeyPresence.RequiredWithout"/>.</param>
    /// <returns>The key.</returns>
    public static GrammarKey Of(string name, GrammarValue value, string chinese, string english, KeyPresence presence = KeyPresence.Optional, params string[] companions) =>
        new(name, value, new Bilingual(chinese, english), presence, companions);
}

/// <summary>Whether a key must be written.</summary>
/// <remarks>
/// The readers take a key's presence from here (<see cref="GrammarMapReader"/>), so no reader states it again. The
/// schemas require the keys that are <see cref="Required"/> and <see cref="RequiredUnlessOverlay"/> (and
/// <see cref="RequiredInOverlay"/> in overlays); the other conditional presences are checked by the loader only, where
/// the schema is looser than the loader.
/// </remarks>
internal enum KeyPresence
{
    /// <summary>The key may be left out.</summary>
    Optional,

    /// <summary>Every mapping of the kind writes the key.</summary>
    Required,

    /// <summary>
    /// The key is required once an overlay is merged onto its base, so a document that extends another need not write it
    /// (a revision's <c>title</c>, a group's <c>max</c>).
    /// </summary>
    RequiredUnlessOverlay,

    /// <summary>The key is required in a document that extends another (an overlay calendar's <c>confidence</c>).</summary>
    RequiredInOverlay,

    /// <summary>
    /// The key is required once its group's defaults are applied, so an indicator may leave it out where its group's
    /// <c>defaults</c> give it (an indicator's <c>kind</c>, <c>applies_to</c>, <c>source</c>).
    /// </summary>
    RequiredAfterDefaults,

    /// <summary>The key is required when the mapping holds one of its companion keys (a points mapping's <c>unit</c> with <c>per_unit</c>).</summary>
    RequiredWith,

    /// <summary>
    /// The key is required when the mapping holds none of its companion keys (an indicator's <c>when</c> without sub-rules,
    /// <c>any</c>; a case's <c>expect</c> without <c>impact</c> or <c>warnings</c>).
    /// </summary>
    RequiredWithout,
}
