using System.Collections.Immutable;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Authoring.Templates;
using Compliance.Rules.Facts;

namespace Compliance.Rules.Authoring.Model;

/// <summary>
/// One indicator of a revision as written in its YAML: what it is called, where it comes from, whom it applies to,
/// how many points it is worth and how its reason reads. The condition itself is compiled, not exposed.
/// </summary>
/// <remarks>Built only by the library, from a rule file. This type is immutable and thread-safe.</remarks>
public sealed class Indicator
{
    internal Indicator()
    {
    }

    // The copy that replaces a record's 'with': new Indicator(other) { Rule = … }. Copies every property.
    internal Indicator(Indicator other)
    {
        Id = other.Id;
        Name = other.Name;
        Kind = other.Kind;
        Group = other.Group;
        SubjectKind = other.SubjectKind;
        Source = other.Source;
        Provenance = other.Provenance;
        Enabled = other.Enabled;
        ReasonTemplate = other.ReasonTemplate;
        DetailTemplate = other.DetailTemplate;
        Rule = other.Rule;
        SubRules = other.SubRules;
        WarnTemplate = other.WarnTemplate;
        MaxPoints = other.MaxPoints;
        Location = other.Location;
        Definition = other.Definition;
        DefinitionTree = other.DefinitionTree;
        AppliesTo = other.AppliesTo;
        Condition = other.Condition;
        Points = other.Points;
        Reason = other.Reason;
        Detail = other.Detail;
        Warn = other.Warn;
        WarnAhead = other.WarnAhead;
        CapsFor = other.CapsFor;
        Samples = other.Samples;
    }

    /// <summary>Gets the indicator's id, unique in its revision (as the rule file writes it).</summary>
    public string Id { get; internal init; } = null!;

    /// <summary>Gets the indicator's Chinese name (for example 栏目不更新).</summary>
    public string Name { get; internal init; } = null!;

    /// <summary>Gets whether it is a veto, deduction or bonus indicator.</summary>
    public IndicatorKind Kind { get; internal init; }

    /// <summary>Gets the id of its first-level group (一级指标), if it has one.</summary>
    public string? Group { get; internal init; }

    /// <summary>Gets the kind of subject it applies to.</summary>
    internal SubjectKind SubjectKind { get; init; }

    /// <summary>Gets its source: document, part and clause.</summary>
    public string Source { get; internal init; } = null!;

    /// <summary>
    /// Gets how far its rule text and numbers rest on the official text (<c>provenance:</c>): confirmed by a source citing
    /// it, transcribed from a faithful copy, or derived.
    /// </summary>
    public IndicatorProvenance Provenance { get; internal init; }

    /// <summary>Gets whether it takes part in evaluation (an overlay may disable an indicator).</summary>
    internal bool Enabled { get; init; }

    /// <summary>Gets the reason template as written, e.g. <c>超{threshold}天未更新</c>.</summary>
    internal string ReasonTemplate { get; init; } = null!;

    /// <summary>Gets the detail template as written, e.g. <c>{latest.published+1d:M月d日}起未更新</c>, if any.</summary>
    internal string? DetailTemplate { get; init; }

    /// <summary>
    /// Gets the name of the numbered sub-rule this is (for example <c>2</c> for "2.…每发现一处扣1分"), or
    /// <see langword="null"/> for an indicator itself; sub-rules are listed in <see cref="SubRules"/>.
    /// </summary>
    internal string? Rule { get; init; }

    /// <summary>
    /// Gets the indicator's numbered sub-rules (<c>any:</c> in its YAML): the indicator fires when any of them holds, each
    /// with its own points and reason, and the indicator's cap applies to them together. Empty for an indicator written
    /// with a single condition.
    /// </summary>
    internal ImmutableArray<Indicator> SubRules { get; init; } = [];

    /// <summary>
    /// Gets the warning template as written (<c>warn:</c>), e.g. <c>距超14天未更新还有{days}天（{date:M月d日}起不合格）</c>, if any:
    /// the wording of a forecast warning (预警) that the indicator is about to fire; without it a default wording is used.
    /// </summary>
    internal string? WarnTemplate { get; init; }

    /// <summary>Gets the maximum points the indicator can take or give; <see langword="null"/> for a veto.</summary>
    public decimal? MaxPoints { get; internal init; }

    /// <summary>Gets where the indicator is defined (the last file that changed it).</summary>
    internal SourceLocation Location { get; init; }

    /// <summary>Gets a canonical text of the condition, the applicability and the points, for comparing revisions.</summary>
    internal string Definition { get; init; } = null!;

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
