using Compliance.Rules.Labels;

namespace Compliance.Rules.Grammar;

/// <summary>One key of a mapping of the language: its name, what its value is, whether it must be written, and what it means.</summary>
/// <param name="Name">The key as written.</param>
/// <param name="Value">What its value is.</param>
/// <param name="Description">What it means.</param>
/// <param name="Presence">Whether it must be written.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
internal sealed record GrammarKey(string Name, GrammarValue Value, Bilingual Description, KeyPresence Presence = KeyPresence.Optional)
{
    /// <summary>Gets whether the loader requires the key (in a whole document, or after an overlay is merged onto its base).</summary>
    public bool Required => Presence is KeyPresence.Required or KeyPresence.RequiredUnlessOverlay;

    /// <summary>Creates a key.</summary>
    /// <param name="name">The key as written.</param>
    /// <param name="value">What its value is.</param>
    /// <param name="chinese">What it means, in Chinese.</param>
    /// <param name="english">What it means, in English.</param>
    /// <param name="presence">Whether it must be written.</param>
    /// <returns>The key.</returns>
    public static GrammarKey Of(string name, GrammarValue value, string chinese, string english, KeyPresence presence = KeyPresence.Optional) =>
        new(name, value, new Bilingual(chinese, english), presence);
}

/// <summary>Whether a key must be written.</summary>
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
}
