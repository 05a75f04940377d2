using System.Collections.Immutable;
using NodaTime;

namespace Compliance.Rules.Authoring.Model;

/// <summary>
/// A validated revision of an indicator table: its metadata, scoring parameters, groups and indicators,
/// with any <c>extends</c> chain already applied.
/// </summary>
/// <remarks>Built only by the library, from a rule folder. This type is immutable and thread-safe.</remarks>
public sealed class RuleRevision
{
    internal RuleRevision()
    {
    }

    // The copy that replaces a record's 'with': new RuleRevision(other) { Report = … }. Copies every property.
    internal RuleRevision(RuleRevision other)
    {
        Id = other.Id;
        Title = other.Title;
        Document = other.Document;
        EffectiveFrom = other.EffectiveFrom;
        CalendarId = other.CalendarId;
        Extends = other.Extends;
        Jurisdiction = other.Jurisdiction;
        Scoring = other.Scoring;
        Groups = other.Groups;
        Report = other.Report;
        ContentHash = other.ContentHash;
        Indicators = other.Indicators;
        NotChecked = other.NotChecked;
        WarnAhead = other.WarnAhead;
    }

    /// <summary>Gets the revision's id (for example <c>gb-2019</c>).</summary>
    public string Id { get; internal init; } = null!;

    /// <summary>Gets the revision's title.</summary>
    public string Title { get; internal init; } = null!;

    /// <summary>Gets the document that issued it (for example 国办秘函〔2019〕19号).</summary>
    public string Document { get; internal init; } = null!;

    /// <summary>Gets the date from which it is in force.</summary>
    public LocalDate EffectiveFrom { get; internal init; }

    /// <summary>Gets the id of the working-day calendar its deadlines are counted in.</summary>
    public string CalendarId { get; internal init; } = null!;

    /// <summary>Gets the revision it extends, if it is an overlay.</summary>
    public string? Extends { get; internal init; }

    /// <summary>Gets the jurisdiction it is in force for (<c>national</c> unless the revision says otherwise).</summary>
    public string Jurisdiction { get; internal init; } = null!;

    /// <summary>Gets the scoring parameters.</summary>
    public ScoringParameters Scoring { get; internal init; } = null!;

    /// <summary>Gets the first-level groups.</summary>
    public ImmutableArray<IndicatorGroup> Groups { get; internal init; } = [];

    /// <summary>Gets what reports of the revision show beyond verdicts and scores (<c>report:</c>).</summary>
    internal ReportSettings Report { get; init; } = ReportSettings.Default;

    /// <summary>Gets the subjects the revision excludes from the inspection (不纳入检查), with the reason.</summary>
    internal ImmutableArray<ExclusionRule> NotChecked { get; init; } = [];

    /// <summary>
    /// Gets how far ahead the revision's warnings (预警) are given when an indicator does not say (<c>warn_ahead:</c> in
    /// <c>revision.yaml</c>; <see cref="Model.WarnAhead.Default"/> when the revision does not say either).
    /// </summary>
    internal WarnAhead WarnAhead { get; init; } = WarnAhead.Default;

    /// <summary>Gets the SHA-256 of the revision's effective content (header and indicators after overlays), lower-case hex.</summary>
    public string ContentHash { get; internal init; } = string.Empty;

    /// <summary>Gets every indicator, enabled or not, in file order.</summary>
    public ImmutableArray<Indicator> Indicators { get; internal init; } = [];

    /// <summary>Finds an indicator by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The indicator, or <see langword="null"/>.</returns>
    public Indicator? FindIndicator(string id) => Indicators.FirstOrDefault(i => i.Id == id);

    /// <summary>Gets how far ahead an indicator's warnings are given: its own setting, or the revision's.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The setting.</returns>
    internal WarnAhead WarnAheadOf(Indicator indicator) => indicator.WarnAhead ?? WarnAhead;
}
