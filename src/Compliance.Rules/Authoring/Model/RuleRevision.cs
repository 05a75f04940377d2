using System.Collections.Immutable;
using NodaTime;

namespace Compliance.Rules.Authoring.Model;

/// <summary>
/// A validated revision of an indicator table: its metadata, scoring parameters, groups and indicators,
/// with any <c>extends</c> chain already applied.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record RuleRevision
{
    /// <summary>Gets the revision's id (for example <c>gb-2019</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the revision's title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the document that issued it (for example 国办秘函〔2019〕19号).</summary>
    public required string Document { get; init; }

    /// <summary>Gets the date from which it is in force.</summary>
    public required LocalDate EffectiveFrom { get; init; }

    /// <summary>Gets the id of the working-day calendar its deadlines are counted in.</summary>
    public required string CalendarId { get; init; }

    /// <summary>Gets the revision it extends, if it is an overlay.</summary>
    public string? Extends { get; init; }

    /// <summary>Gets the jurisdiction it is in force for (<c>national</c> unless the revision says otherwise).</summary>
    public required string Jurisdiction { get; init; }

    /// <summary>Gets the scoring parameters.</summary>
    public required ScoringParameters Scoring { get; init; }

    /// <summary>Gets the first-level groups.</summary>
    public required ImmutableArray<IndicatorGroup> Groups { get; init; }

    /// <summary>Gets what reports of the revision show beyond verdicts and scores (<c>report:</c>).</summary>
    public ReportSettings Report { get; init; } = ReportSettings.Default;

    /// <summary>Gets the subjects the revision excludes from the inspection (不纳入检查), with the reason.</summary>
    internal ImmutableArray<ExclusionRule> NotChecked { get; init; } = [];

    /// <summary>
    /// Gets how far ahead the revision's warnings (预警) are given when an indicator does not say (<c>warn_ahead:</c> in
    /// <c>revision.yaml</c>; <see cref="Model.WarnAhead.Default"/> when the revision does not say either).
    /// </summary>
    internal WarnAhead WarnAhead { get; init; } = WarnAhead.Default;

    /// <summary>Gets the SHA-256 of the revision's effective content (header and indicators after overlays), lower-case hex.</summary>
    public string ContentHash { get; init; } = string.Empty;

    /// <summary>Gets every indicator, enabled or not, in file order.</summary>
    public required ImmutableArray<Indicator> Indicators { get; init; }

    /// <summary>Finds an indicator by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The indicator, or <see langword="null"/>.</returns>
    public Indicator? FindIndicator(string id) => Indicators.FirstOrDefault(i => i.Id == id);

    /// <summary>Gets how far ahead an indicator's warnings are given: its own setting, or the revision's.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The setting.</returns>
    internal WarnAhead WarnAheadOf(Indicator indicator) => indicator.WarnAhead ?? WarnAhead;
}
