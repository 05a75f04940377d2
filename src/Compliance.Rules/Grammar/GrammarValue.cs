using System.Collections.Immutable;
using Compliance.Rules.Labels;

namespace Compliance.Rules.Grammar;

/// <summary>
/// What the value of a key of the language is: a kind of scalar, a mapping of the grammar, a list, or one of the
/// language's own constructs (an applicability, a condition, a filter…). The loaders read values of these kinds and the
/// schema generator turns each into the JSON Schema that describes it.
/// </summary>
/// <remarks>The values are immutable and thread-safe.</remarks>
internal abstract record GrammarValue
{
    private protected GrammarValue()
    {
    }

    /// <summary>Any scalar, read as text (YAML's <c>12</c> and <c>true</c> are the texts "12" and "true").</summary>
    /// <param name="MinLength">The fewest characters it may have.</param>
    public sealed record Text(int MinLength = 0) : GrammarValue;

    /// <summary>A reason or detail template: text whose <c>{placeholders}</c> are well formed.</summary>
    public sealed record Template : GrammarValue;

    /// <summary>Text of a fixed form, such as a calendar id.</summary>
    /// <param name="Regex">The pattern the whole text matches.</param>
    /// <param name="Examples">Examples for editors.</param>
    public sealed record Pattern(string Regex, ImmutableArray<string> Examples) : GrammarValue;

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public sealed record Flag : GrammarValue;

    /// <summary>A whole number.</summary>
    /// <param name="Minimum">The least value allowed.</param>
    /// <param name="Maximum">The greatest value allowed.</param>
    public sealed record Whole(long? Minimum = null, long? Maximum = null) : GrammarValue;

    /// <summary>A number.</summary>
    /// <param name="Minimum">The least value allowed.</param>
    /// <param name="ExclusiveMinimum">Whether <paramref name="Minimum"/> itself is excluded.</param>
    public sealed record Number(decimal? Minimum = null, bool ExclusiveMinimum = false) : GrammarValue;

    /// <summary>An ISO date such as 2024-06-27.</summary>
    public sealed record Date : GrammarValue;

    /// <summary>One of a fixed set of names (<see cref="Grammar.Choice"/>).</summary>
    /// <param name="Of">The names.</param>
    public sealed record Choice(Grammar.Choice Of) : GrammarValue;

    /// <summary>
    /// A member of an enumeration with words (<see cref="EnumTerms"/>: a message channel, a verdict), written by its
    /// Chinese label or its name.
    /// </summary>
    /// <param name="EnumType">The enumeration.</param>
    /// <param name="Meaning">What it is, when the enumeration's vocabulary does not say (<see cref="EnumTerms.Meaning"/>).</param>
    public sealed record Category(Type EnumType, Bilingual? Meaning = null) : GrammarValue;

    /// <summary>A mapping of the grammar, by its name (<see cref="MappingGrammar.Name"/>).</summary>
    /// <param name="Name">The mapping's name.</param>
    /// <param name="Partial">Whether its required keys may be left out here (a sub-rule's points take the indicator's cap).</param>
    public sealed record Mapping(string Name, bool Partial = false) : GrammarValue;

    /// <summary>A list.</summary>
    /// <param name="Item">What each item is.</param>
    /// <param name="MinItems">The fewest items it may have.</param>
    public sealed record ListOf(GrammarValue Item, int MinItems = 0) : GrammarValue;

    /// <summary>One item or a list of them.</summary>
    /// <param name="Item">What each item is.</param>
    public sealed record OneOrList(GrammarValue Item) : GrammarValue;

    /// <summary>A mapping from names chosen by the author to values.</summary>
    /// <param name="Value">What each value is.</param>
    /// <param name="NamePattern">The pattern of the names, if any.</param>
    /// <param name="ReservedNames">Names that may not be chosen.</param>
    /// <param name="ReplacedWhole">Whether an overlay's entry replaces the base's entry of that name whole, rather than merging into it.</param>
    public sealed record Named(GrammarValue Value, string? NamePattern = null, ImmutableArray<string> ReservedNames = default, bool ReplacedWhole = false) : GrammarValue;

    /// <summary>One of several forms.</summary>
    /// <param name="Forms">The forms.</param>
    public sealed record Either(ImmutableArray<GrammarValue> Forms) : GrammarValue;

    /// <summary>One of the language's constructs that the schema generator expands from the fact catalogue.</summary>
    /// <param name="Kind">The construct.</param>
    public sealed record Construct(ConstructKind Kind) : GrammarValue;
}
