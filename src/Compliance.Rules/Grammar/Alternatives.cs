using System.Collections.Immutable;

namespace Compliance.Rules.Grammar;

/// <summary>
/// Keys of a mapping that stand for one thing written in different ways, such as a condition's form (<c>count</c>,
/// <c>ratio</c>…), a window's unit or the comparison of an aggregate. The parsers report a mapping that holds too many or
/// too few of them; an overlay that writes one of them replaces the base's others, so <c>when: { gt: 5 }</c> over
/// <c>gte: 5</c> makes the bound exclusive instead of giving the condition two comparisons.
/// </summary>
/// <param name="Keys">The keys.</param>
/// <param name="Count">How many of them a mapping holds.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
internal sealed record Alternatives(ImmutableArray<string> Keys, AlternativeCount Count)
{
    /// <summary>Creates a group of which a mapping holds exactly one.</summary>
    /// <param name="keys">The keys.</param>
    /// <returns>The group.</returns>
    public static Alternatives ExactlyOne(IEnumerable<string> keys) => new([.. keys], AlternativeCount.ExactlyOne);

    /// <summary>Creates a group of which a mapping holds at most one.</summary>
    /// <param name="keys">The keys.</param>
    /// <returns>The group.</returns>
    public static Alternatives AtMostOne(IEnumerable<string> keys) => new([.. keys], AlternativeCount.AtMostOne);

    /// <summary>Creates a group of which a mapping holds at least one (and may hold several).</summary>
    /// <param name="keys">The keys.</param>
    /// <returns>The group.</returns>
    public static Alternatives AtLeastOne(IEnumerable<string> keys) => new([.. keys], AlternativeCount.AtLeastOne);

    /// <summary>Gets whether the keys exclude each other, so that an overlay's key replaces the base's other keys of the group.</summary>
    public bool Exclusive => Count is AlternativeCount.ExactlyOne or AlternativeCount.AtMostOne;
}

/// <summary>How many keys of a group of <see cref="Alternatives"/> a mapping holds.</summary>
internal enum AlternativeCount
{
    /// <summary>Exactly one.</summary>
    ExactlyOne,

    /// <summary>None or one.</summary>
    AtMostOne,

    /// <summary>One or more.</summary>
    AtLeastOne,
}
