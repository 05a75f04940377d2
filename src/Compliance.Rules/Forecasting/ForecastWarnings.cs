using System.Collections.Immutable;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Calendar;
using Compliance.Rules.Results;
using NodaTime;

namespace Compliance.Rules.Forecasting;

/// <summary>
/// Turns the subjects' changes into warnings: each veto, deduction or notice finding that starts, each deduction that
/// already fires and takes more points, each bonus lost; sorted by date, then unit (in the order the batch first lists
/// it), then batch and indicator order. A finding of a sub-rule is worded by the sub-rule's <c>warn</c> (which is the
/// indicator's unless the sub-rule gives its own) and announced as far ahead as its indicator says.
/// </summary>
internal static class ForecastWarnings
{
    /// <summary>Builds the warnings of a forecast.</summary>
    /// <param name="revision">The revision.</param>
    /// <param name="calendar">Its calendar.</param>
    /// <param name="asOf">The as-of date the forecast starts from.</param>
    /// <param name="until">The forecast's last date.</param>
    /// <param name="subjects">The subjects' forecasts, in the batch's order.</param>
    /// <param name="parallel">How many subjects are worded at once, and the cancellation.</param>
    /// <returns>The warnings.</returns>
    public static ImmutableArray<ForecastWarning> Of(
        RuleRevision revision,
        WorkingDayCalendar calendar,
        LocalDate asOf,
        LocalDate until,
        ImmutableArray<SubjectForecast> subjects,
        ParallelOptions parallel)
    {
        var order = revision.Indicators.Select((indicator, rank) => (indicator.Id, rank)).ToDictionary(x => x.Id, x => x.rank, StringComparer.Ordinal);
        var units = ForecastWarning.UnitRanks(subjects.Select(s => s.Subject));
        var indicators = revision.Indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);

        // The working days left are counted once per date, not once per warning.
        var left = new Lazy<int>[Period.DaysBetween(asOf, until) + 1];
        for (var d = 0; d < left.Length; d++)
        {
            var date = asOf.PlusDays(d);
            left[d] = new Lazy<int>(() => WarnAhead.WorkingDaysLeft(asOf, date, calendar));
        }

        var bySubject = new List<ForecastWarning>?[subjects.Length];
        Parallel.For(0, subjects.Length, parallel, s =>
        {
            if (subjects[s].Changes.IsEmpty)
            {
                return;
            }

            var events = new List<(Finding Finding, ForecastEvent What)>();
            foreach (var change in subjects[s].Changes)
            {
                events.Clear();
                Events(change, events);
                foreach (var (finding, what) in events)
                {
                    var indicator = indicators[finding.IndicatorId];
                    var rule = finding.Rule is null ? indicator : indicator.SubRules.Single(r => r.Rule == finding.Rule);
                    var days = Period.DaysBetween(asOf, change.Date);
                    var workingDays = left[days].Value;
                    var text = WarningText.Of(rule, finding, what, change, asOf, workingDays);
                    var due = revision.WarnAheadOf(indicator).Covers(days, workingDays);
                    (bySubject[s] ??= []).Add(new ForecastWarning(change, finding, what, text, days, workingDays, due));
                }
            }
        });

        // Ordered by date, unit (in the order units first appear among the subjects), subject, indicator, then as made,
        // without sorting the 130,000 warnings of a national forecast: the subjects are ordered once by unit, each
        // subject's few warnings by date and indicator, and they are dealt into one list per date in that order.
        var subjectOrder = new long[subjects.Length];
        for (var s = 0; s < subjects.Length; s++)
        {
            subjectOrder[s] = ((long)units[ForecastWarning.UnitOf(subjects[s].Subject)] << 32) | (uint)s;
        }

        Array.Sort(subjectOrder);
        var byDay = new List<ForecastWarning>?[left.Length];
        var count = 0;
        foreach (var key in subjectOrder)
        {
            if (bySubject[(int)(key & uint.MaxValue)] is not { } own)
            {
                continue;
            }

            if (own.Count > 1)
            {
                // List.Sort is not stable: the position breaks ties, keeping equal warnings in the order they were made.
                var positioned = own.Select((w, made) => (Warning: w, Made: made)).ToList();
                positioned.Sort((x, y) =>
                {
                    var order = x.Warning.Days.CompareTo(y.Warning.Days);
                    order = order != 0 ? order : Rank(x.Warning).CompareTo(Rank(y.Warning));
                    return order != 0 ? order : x.Made.CompareTo(y.Made);
                });
                own = [.. positioned.Select(p => p.Warning)];
            }

            foreach (var warning in own)
            {
                (byDay[warning.Days] ??= []).Add(warning);
                count++;
            }
        }

        var ordered = ImmutableArray.CreateBuilder<ForecastWarning>(count);
        foreach (var day in byDay)
        {
            ordered.AddRange(day ?? []);
        }

        return ordered.MoveToImmutable();

        int Rank(ForecastWarning warning) => order.GetValueOrDefault(warning.IndicatorId, int.MaxValue);
    }

    private static void Events(ForecastChange change, List<(Finding Finding, ForecastEvent What)> events)
    {
        foreach (var finding in change.Started)
        {
            if (finding.Kind != IndicatorKind.Bonus)
            {
                events.Add((finding, ForecastEvent.Fires));
            }
        }

        // A subject that is not scored (most accounts) has no score lines, and no deduction can grow.
        if (!change.After.ScoreLines.IsEmpty)
        {
            var started = change.Started.Select(f => f.IndicatorId).ToHashSet(StringComparer.Ordinal);
            foreach (var line in change.After.ScoreLines.Where(l => !l.IsGroup && !started.Contains(l.Id)))
            {
                var finding = change.After.Violations.FirstOrDefault(f => f.IndicatorId == line.Id);
                if (finding is not null && line.Applied > WarningText.Applied(change.Before, line.Id))
                {
                    events.Add((finding, ForecastEvent.DeductionGrows));
                }
            }
        }

        foreach (var finding in change.Stopped)
        {
            if (finding.Kind == IndicatorKind.Bonus)
            {
                events.Add((finding, ForecastEvent.BonusLost));
            }
        }
    }
}
