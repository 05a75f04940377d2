using System.Collections.Immutable;

namespace Compliance.Rules.Results;

/// <summary>
/// One firing of an indicator for a subject: a violation (veto or deduction) or a bonus, with its points before caps,
/// its rendered reason and detail, and the evidence.
/// </summary>
/// <remarks>Built only by the library. This type is immutable and thread-safe.</remarks>
public sealed class Finding
{
    internal Finding()
    {
    }

    /// <summary>Gets the indicator's id.</summary>
    public string IndicatorId { get; internal init; } = null!;

    /// <summary>
    /// Gets the numbered sub-rule of the indicator that made the finding (its <c>rule:</c> under <c>any:</c>), or
    /// <see langword="null"/> when the indicator has no sub-rules.
    /// </summary>
    public string? Rule { get; internal init; }

    /// <summary>Gets the indicator's Chinese name.</summary>
    public string IndicatorName { get; internal init; } = null!;

    /// <summary>Gets whether the indicator is a veto, deduction or bonus.</summary>
    public IndicatorKind Kind { get; internal init; }

    /// <summary>Gets the indicator's group id, if any.</summary>
    public string? Group { get; internal init; }

    /// <summary>Gets the indicator's source clause.</summary>
    public string Source { get; internal init; } = null!;

    /// <summary>Gets how far the indicator rests on the official text (its <c>provenance</c>).</summary>
    public IndicatorProvenance Provenance { get; internal init; }

    /// <summary>Gets the points of this finding before the indicator's and group's caps (0 for a veto).</summary>
    public decimal Points { get; internal init; }

    /// <summary>Gets the rendered reason, e.g. 超14天未更新.</summary>
    public string Reason { get; internal init; } = null!;

    /// <summary>Gets the rendered detail, e.g. 6月11日起未更新, if the indicator has one.</summary>
    public string? Detail { get; internal init; }

    /// <summary>Gets the facts and measured values that made the indicator fire.</summary>
    public Evidence Evidence { get; internal init; } = Evidence.Empty;

    /// <summary>
    /// Gets warnings about the finding's certainty, such as a working-day count that crossed a calendar day of low
    /// confidence or a regional festival whose dates are not recorded; empty when there are none.
    /// </summary>
    public ImmutableArray<string> Warnings { get; internal init; } = [];

    /// <summary>
    /// Gets the values the finding's templates were rendered from that its indicator's warning template reads, by placeholder
    /// name, when the evaluation was asked to keep them and the indicator has a warning template (a forecast renders it from
    /// them); <see langword="null"/> otherwise.
    /// </summary>
    internal IReadOnlyDictionary<string, object?>? TemplateValues { get; init; }
}
