using System.Collections.Immutable;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Authoring.Templates;
using Compliance.Rules.Facts;

namespace Compliance.Rules.Authoring.Model;

/// <summary>
/// One indicator of a revision as written in its YAML: what it is called, where it comes from, whom it applies to,
/// how many points it is worth and how its reason reads. The condition itself is compiled, not exposed.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Indicator
{
    /// <summary>Gets the indicator's id, unique in its revision (as the rule file writes it).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the indicator's Chinese name (for example 栏目不更新).</summary>
    public required string Name { get; init; }

    /// <summary>Gets whether it is a veto, deduction or bonus indicator.</summary>
    public required IndicatorKind Kind { get; init; }

    /// <summary>Gets the id of its first-level group (一级指标), if it has one.</summary>
    public string? Group { get; init; }

    /// <summary>Gets the kind of subject it applies to.</summary>
    public required SubjectKind SubjectKind { get; init; }

    /// <summary>Gets its source: document, part and clause.</summary>
    public required string Source { get; init; }

    /// <summary>
    /// Gets how far its rule text and numbers rest on the official text (<c>provenance:</c>): confirmed by a source citing
    /// it, transcribed from a faithful copy, or derived.
    /// </summary>
    public required IndicatorProvenance Provenance { get; init; }

    /// <summary>Gets whether it takes part in evaluation (an overlay may disable an indicator).</summary>
    public required bool Enabled { get; init; }

    /// <summary>Gets the reason template as written, e.g. <c>超{threshold}天未更新</c>.</summary>
    public required string ReasonTemplate { get; init; }

    /// <summary>Gets the detail template as written, e.g. <c>{latest.published+1d:M月d日}起未更新</c>, if any.</summary>
    public string? DetailTemplate { get; init; }

    /// <summary>
    /// Gets the name of the numbered sub-rule this is (for example <c>2</c> for "2.…每发现一处扣1分"), or
    /// <see langword="null"/> for an indicator itself; sub-rules are listed in <see cref="SubRules"/>.
    /// </summary>
    public string? Rule { get; init; }

    /// <summary>
    /// Gets the indicator's numbered sub-rules (<c>any:</c> in its YAML): the indicator fires when any of them holds, each
    /// with its own points and reason, and the indicator's cap applies to them together. Empty for an indicator written
    /// with a single condition.
    /// </summary>
    public ImmutableArray<Indicator> SubRules { get; init; } = [];

    /// <summary>
    /// Gets the warning template as written (<c>warn:</c>), e.g. <c>距超14天未更新还有{days}天（{date:M月d日}起不合格）</c>, if any:
    /// the wording of a forecast warning (预警) that the indicator is about to fire; without it a default wording is used.
    /// </summary>
    public string? WarnTemplate { get; init; }

    /// <summary>Gets the maximum points the indicator can take or give; <see langword="null"/> for a veto.</summary>
    public decimal? MaxPoints { get; init; }

    /// <summary>Gets where the indicator is defined (the last file that changed it).</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>Gets a canonical text of the condition, the applicability and the points, for comparing revisions.</summary>
    public required string Definition { get; init; }

    /// <summary>Gets the tree of <see cref="Definition"/>, which <see cref="IndicatorDiff"/> compares path by path.</summary>
    internal DefinitionNode DefinitionTree { get; init; } = null!;

    internal Applicability AppliesTo { get; init; } = null!;

    internal Condition Condition { get; init; } = null!;

    internal PointsRule? Points { get; init; }

    internal ReasonTemplate Reason { get; init; } = null!;

    internal ReasonTemplate? Detail { get; init; }

    internal ReasonTemplate? Warn { get; init; }

    /// <summary>Gets how far ahead the indicator's warnings are given (<c>warn_ahead:</c>), or <see langword="null"/> for the revision's setting.</summary>
    internal WarnAhead? WarnAhead { get; init; }

    /// <summary>Gets the caps that replace <see cref="MaxPoints"/> for some subjects (<c>cap_for:</c>), the first that matches.</summary>
    internal ImmutableArray<SubjectCap> CapsFor { get; init; } = [];

    /// <summary>Gets the samples the indicator reads and the most each may hold (<c>sample:</c>).</summary>
    internal ImmutableArray<SampleLimit> Samples { get; init; } = [];
}
