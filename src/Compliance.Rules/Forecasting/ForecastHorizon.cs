using System.Collections.Concurrent;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Calendar;
using Compliance.Rules.Compilation;
using NodaTime;

namespace Compliance.Rules.Forecasting;

/// <summary>
/// The days a forecast looks at, from its as-of date to its last date, with the start of every window on each of them,
/// and the dates on which a trigger changes for a fact's date (computed once per trigger and date, then shared).
/// </summary>
/// <remarks>
/// Thread-safe. The changes are kept for every fact date within <see cref="CachedDays"/> before the last date in an array
/// per trigger (a national batch asks for them millions of times, for a few hundred distinct dates), and for older or
/// later dates in a dictionary.
/// </remarks>
internal sealed class ForecastHorizon
{
    /// <summary>How many days before the last date the changes of a fact date are kept in an array.</summary>
    private const int CachedDays = 1100;

    private readonly Dictionary<Window, LocalDate[]> _starts;
    private readonly LocalDate _firstCached;
    private readonly LocalDate[]?[][] _cached;
    private readonly ConcurrentDictionary<LocalDate, LocalDate[]>[] _changes;

    /// <summary>Initializes a new instance of the <see cref="ForecastHorizon"/> class.</summary>
    /// <param name="asOf">The as-of date the forecast starts from.</param>
    /// <param name="until">The last date it looks at.</param>
    /// <param name="windows">The rule set's windows.</param>
    /// <param name="calendar">The revision's calendar.</param>
    /// <param name="triggers">The triggers of the rule set's indicators, numbered by their position.</param>
    public ForecastHorizon(LocalDate asOf, LocalDate until, IReadOnlyList<Window> windows, WorkingDayCalendar calendar, IReadOnlyList<DateTrigger> triggers)
    {
        AsOf = asOf;
        Until = until;
        Calendar = calendar;
        Triggers = triggers;
        _firstCached = until.PlusDays(-CachedDays);
        _cached = [.. triggers.Select(_ => new LocalDate[]?[CachedDays + 1])];
        _changes = [.. triggers.Select(_ => new ConcurrentDictionary<LocalDate, LocalDate[]>())];
        var days = Period.DaysBetween(asOf, until) + 1;
        var tables = Enumerable.Range(0, days).Select(d => WindowTable.For(windows, asOf.PlusDays(d), calendar)).ToList();
        _starts = windows.Distinct().ToDictionary(w => w, w =>
        {
            var slot = IndexOf(windows, w);
            return tables.Select(t => t.Starts[slot]).ToArray();
        });
    }

    /// <summary>Gets the as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the last date looked at.</summary>
    public LocalDate Until { get; }

    /// <summary>Gets the calendar.</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>Gets the triggers, numbered by position.</summary>
    public IReadOnlyList<DateTrigger> Triggers { get; }

    /// <summary>Gets the first day of a window at a date of the horizon.</summary>
    /// <param name="window">A window.</param>
    /// <param name="asOf">A date from <see cref="AsOf"/> to <see cref="Until"/>.</param>
    /// <returns>The first day inside the window.</returns>
    public LocalDate WindowStart(Window window, LocalDate asOf) => _starts.TryGetValue(window, out var starts)
        ? starts[Period.DaysBetween(AsOf, asOf)]
        : WindowTable.For([window], asOf, Calendar).Starts[0];

    /// <summary>
    /// Gets the dates after the as-of date, up to the last date, on which a trigger's test can answer differently for a
    /// fact with a date than the day before.
    /// </summary>
    /// <param name="trigger">The trigger's number.</param>
    /// <param name="date">The fact's date.</param>
    /// <returns>The dates, ascending.</returns>
    /// <exception cref="CalendarRangeException">Counting working days from the fact's date leaves the calendar.</exception>
    public LocalDate[] ChangesOf(int trigger, LocalDate date)
    {
        var offset = date < _firstCached || date > Until ? -1 : Period.DaysBetween(_firstCached, date);
        if (offset < 0)
        {
            // No lambda here: one capturing the trigger would be allocated on every call, cached or not.
            return _changes[trigger].TryGetValue(date, out var known) ? known : _changes[trigger].GetOrAdd(date, Compute(trigger, date));
        }

        // Two threads may compute one entry at once; they compute the same dates, and either array may stay.
        return _cached[trigger][offset] ??= Compute(trigger, date);
    }

    private LocalDate[] Compute(int trigger, LocalDate fact)
    {
        var changes = new List<LocalDate>();
        var test = Triggers[trigger];
        var previous = test.Signature(fact, AsOf, this);
        for (var day = AsOf.PlusDays(1); day <= Until; day = day.PlusDays(1))
        {
            var signature = test.Signature(fact, day, this);
            if (signature != previous)
            {
                changes.Add(day);
                previous = signature;
            }
        }

        return [.. changes];
    }

    private static int IndexOf(IReadOnlyList<Window> windows, Window window)
    {
        for (var i = 0; i < windows.Count; i++)
        {
            if (windows[i].Equals(window))
            {
                return i;
            }
        }

        return -1;
    }
}
