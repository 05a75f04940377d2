using System.Collections.Immutable;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Calendar;
using Compliance.Rules.Scoring;
using NodaTime;

namespace Compliance.Rules.Forecasting;

/// <summary>
/// Turns the subjects' changes into warnings: each veto or deduction finding that starts, each deduction that already
/// fires and takes more points, each bonus lost; sorted by date, then unit (in the order the batch first lists it), then
/// batch and indicator order.
/// </summary>
internal static class ForecastWarnings
{
    /// <summary>Builds the warnings of a forecast.</summary>
    /// <param name="revision">The revision.</param>
    /// <param name="calendar">Its calendar.</param>
    /// <param name="asOf">The as-of date the forecast starts from.</param>
    /// <param name="subjects">The subjects' forecasts, in the batch's order.</param>
    /// <returns>The warnings.</returns>
    public static ImmutableArray<ForecastWarning> Of(RuleRevision revision, WorkingDayCalendar calendar, LocalDate asOf, ImmutableArray<SubjectForecast> subjects)
    {
        var order = revision.Indicators.Select((indicator, rank) => (indicator.Id, rank)).ToDictionary(x => x.Id, x => x.rank, StringComparer.Ordinal);
        var units = ForecastWarning.UnitRanks(subjects.Select(s => s.Subject));
        var indicators = revision.Indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var warnings = new List<(ForecastWarning Warning, int Subject)>();
        for (var s = 0; s < subjects.Length; s++)
        {
            foreach (var change in subjects[s].Changes)
            {
                foreach (var (finding, what) in Events(change))
                {
                    var indicator = indicators[finding.IndicatorId];
                    var workingDays = WarnAhead.WorkingDaysLeft(asOf, change.Date, calendar);
                    var text = WarningText.Of(indicator, finding, what, change, asOf, workingDays);
                    var due = revision.WarnAheadOf(indicator).Covers(asOf, change.Date, calendar);
                    warnings.Add((new ForecastWarning(change, finding, what, text, Period.DaysBetween(asOf, change.Date), workingDays, due), s));
                }
            }
        }

        return
        [
            .. warnings
                .OrderBy(w => w.Warning.Date)
                .ThenBy(w => units[w.Warning.Unit])
                .ThenBy(w => w.Subject)
                .ThenBy(w => order.GetValueOrDefault(w.Warning.IndicatorId, int.MaxValue))
                .Select(w => w.Warning),
        ];
    }

    private static IEnumerable<(Finding Finding, ForecastEvent What)> Events(ForecastChange change)
    {
        foreach (var finding in change.Started.Where(f => f.Kind != IndicatorKind.Bonus))
        {
            yield return (finding, ForecastEvent.Fires);
        }

        var started = change.Started.Select(f => f.IndicatorId).ToHashSet(StringComparer.Ordinal);
        foreach (var line in change.After.ScoreLines.Where(l => !l.IsGroup && !started.Contains(l.Id)))
        {
            var finding = change.After.Violations.FirstOrDefault(f => f.IndicatorId == line.Id);
            if (finding is not null && line.Applied > WarningText.Applied(change.Before, line.Id))
            {
                yield return (finding, ForecastEvent.DeductionGrows);
            }
        }

        foreach (var finding in change.Stopped.Where(f => f.Kind == IndicatorKind.Bonus))
        {
            yield return (finding, ForecastEvent.BonusLost);
        }
    }
}
