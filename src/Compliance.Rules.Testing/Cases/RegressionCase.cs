using System.Collections.Immutable;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;
using NodaTime;

namespace Compliance.Rules.Testing;

/// <summary>
/// One regression case of a revision: facts, an as-of date, and what the revision must decide for every subject.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record RegressionCase
{
    /// <summary>Gets the case's name, unique in its file.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the file the case is written in, as named in diagnostics.</summary>
    public string File => Location.File;

    /// <summary>Gets where the case starts.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>Gets the as-of date (monitoring time point) the case is evaluated at.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>Gets the case's note, if any.</summary>
    public string? Note { get; init; }

    /// <summary>Gets the subjects and observations.</summary>
    public required FactBatch Facts { get; init; }

    /// <summary>
    /// Gets the expectations, one per subject, in the order of the facts' subjects; empty for a case that states only its
    /// <see cref="Impact"/> or its <see cref="Warnings"/>.
    /// </summary>
    public required ImmutableArray<SubjectExpectation> Expectations { get; init; }

    /// <summary>Gets the impact the case expects against a base revision (<c>impact:</c>), if it states one.</summary>
    public ExpectedImpact? Impact { get; init; }

    /// <summary>
    /// Gets the warnings (预警) the case expects at its as-of date (<c>warnings:</c>), exactly these, in their order;
    /// <see langword="null"/> when it states none.
    /// </summary>
    /// <remarks>
    /// They are the warnings due at the as-of date, each within its indicator's <c>warn_ahead</c>, or, when the case
    /// gives <see cref="ForecastDays"/>, every warning within that many days.
    /// </remarks>
    public ImmutableArray<ExpectedWarning>? Warnings { get; init; }

    /// <summary>Gets how many days ahead <see cref="Warnings"/> look (<c>forecast_days:</c>), or <see langword="null"/> for each indicator's <c>warn_ahead</c>.</summary>
    public int? ForecastDays { get; init; }

    /// <summary>
    /// Gets whether the case's facts are read in a closed world (<see cref="EvaluationOptions.AssumeComplete"/>): a case
    /// writes down every fact of its little world, so by default it is; <c>assume_complete: false</c> tests the reading
    /// of a batch that did not observe some fact types.
    /// </summary>
    public bool AssumeComplete { get; init; } = true;

    /// <summary>Gets the case's display id: the file name (without folders) and the case name, joined by '/'.</summary>
    public string DisplayId => $"{System.IO.Path.GetFileName(File)}/{Name}";
}
