using System.Collections.Immutable;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Calendar;
using NodaTime;

namespace Compliance.Rules.Compilation;

/// <summary>
/// The start of every time window of a compiled rule set for one as-of date, computed once per evaluation so that
/// rule conditions compare against constants.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
internal sealed class WindowTable
{
    private static readonly DateTimeZone China = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    private WindowTable(LocalDate asOf, ImmutableArray<LocalDate> starts, ImmutableArray<Instant> startInstants, Instant asOfEnd)
    {
        AsOf = asOf;
        Starts = starts;
        StartInstants = startInstants;
        AsOfEnd = asOfEnd;
    }

    /// <summary>Gets the as-of date (the monitoring time point).</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the first date inside each window, by slot.</summary>
    public ImmutableArray<LocalDate> Starts { get; }

    /// <summary>Gets the first instant inside each window (the start of its first day in Asia/Shanghai), by slot.</summary>
    public ImmutableArray<Instant> StartInstants { get; }

    /// <summary>Gets the end of the as-of day in Asia/Shanghai (exclusive).</summary>
    public Instant AsOfEnd { get; }

    /// <summary>Computes the windows for an as-of date.</summary>
    /// <param name="windows">The rule set's windows, by slot.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="calendar">The calendar for working-day windows.</param>
    /// <returns>The table.</returns>
    public static WindowTable For(IReadOnlyList<Window> windows, LocalDate asOf, WorkingDayCalendar calendar)
    {
        var starts = windows.Select(w => FirstDay(w, asOf, calendar)).ToImmutableArray();
        var instants = starts.Select(StartOfDay).ToImmutableArray();
        return new WindowTable(asOf, starts, instants, StartOfDay(asOf.PlusDays(1)));
    }

    /// <summary>Gets the start of a day in Asia/Shanghai.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The instant.</returns>
    public static Instant StartOfDay(LocalDate date) => date.AtStartOfDayInZone(China).ToInstant();

    /// <summary>Converts an instant to its date in Asia/Shanghai.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The date.</returns>
    public static LocalDate DateOf(Instant instant) => instant.InZone(China).Date;

    private static LocalDate FirstDay(Window window, LocalDate asOf, WorkingDayCalendar calendar)
    {
        var start = window.Unit switch
        {
            TimeUnit.CalendarDays => asOf.PlusDays(-window.Amount),
            TimeUnit.Months => asOf.PlusMonths(-window.Amount),
            TimeUnit.Years => asOf.PlusYears(-window.Amount),
            _ => calendar.AddWorkingDays(asOf, -window.Amount),
        };
        return window.StartInclusive ? start : start.PlusDays(1);
    }
}
