using System.Collections.Immutable;
using Compliance.Rules.Results;
using NodaTime;

namespace Compliance.Rules.Forecasting;

/// <summary>
/// One date on which a subject's result changes if no new facts arrive: the assessment before and from that date, and
/// the findings that start and stop.
/// </summary>
/// <remarks>Built only by <see cref="ForecastAnalysis"/>. This type is immutable and thread-safe.</remarks>
public sealed class ForecastChange
{
    internal ForecastChange(LocalDate date, Assessment before, Assessment after, ImmutableArray<Finding> started, ImmutableArray<Finding> stopped)
    {
        Date = date;
        Before = before;
        After = after;
        Started = started;
        Stopped = stopped;
    }

    /// <summary>Gets the first as-of date with the new result.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the result up to the day before.</summary>
    public Assessment Before { get; }

    /// <summary>Gets the result from <see cref="Date"/> on: what a plain evaluation at that date gives.</summary>
    public Assessment After { get; }

    /// <summary>Gets the findings made from <see cref="Date"/> on and not the day before (an indicator starts to fire), as evaluated at that date.</summary>
    public ImmutableArray<Finding> Started { get; }

    /// <summary>Gets the findings made the day before and no longer from <see cref="Date"/> on (an indicator stops firing).</summary>
    public ImmutableArray<Finding> Stopped { get; }

    /// <summary>Gets whether the verdict changes.</summary>
    public bool VerdictChanges => Before.Verdict != After.Verdict;

    /// <summary>Gets whether the deduction part, the bonus or the total changes.</summary>
    public bool ScoreChanges => Before.DeductionScore != After.DeductionScore || Before.Bonus != After.Bonus || Before.Total != After.Total;
}
