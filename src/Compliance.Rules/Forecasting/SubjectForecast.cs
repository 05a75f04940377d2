using System.Collections.Immutable;
using Compliance.Rules.Facts;
using Compliance.Rules.Results;
using NodaTime;

namespace Compliance.Rules.Forecasting;

/// <summary>One subject's forecast: its result at the as-of date and every change until the forecast's last date.</summary>
/// <remarks>Built only by <see cref="ForecastAnalysis"/>. This type is immutable and thread-safe.</remarks>
public sealed class SubjectForecast
{
    internal SubjectForecast(Assessment current, ImmutableArray<ForecastChange> changes)
    {
        Current = current;
        Changes = changes;
    }

    /// <summary>Gets the subject.</summary>
    public Subject Subject => Current.Subject;

    /// <summary>Gets the result at the forecast's as-of date: exactly what a plain evaluation gives.</summary>
    public Assessment Current { get; }

    /// <summary>Gets the changes in date order; empty when nothing changes within the forecast's days.</summary>
    public ImmutableArray<ForecastChange> Changes { get; }

    /// <summary>Gets the first change, or <see langword="null"/> when nothing changes.</summary>
    public ForecastChange? FirstChange => Changes.IsEmpty ? null : Changes[0];

    /// <summary>Gets the result predicted for a date of the forecast, if no new facts arrive.</summary>
    /// <param name="date">A date from the forecast's as-of date to its last date.</param>
    /// <returns>
    /// The assessment of the latest change on or before the date (the current one before the first change). Its verdict,
    /// scores and findings are those of a plain evaluation at the date; texts that quote the as-of date or count days
    /// read as on the date of that change.
    /// </returns>
    public Assessment AssessmentOn(LocalDate date)
    {
        var assessment = Current;
        foreach (var change in Changes)
        {
            if (change.Date > date)
            {
                break;
            }

            assessment = change.After;
        }

        return assessment;
    }
}
