using Compliance.Rules.Calendar;
using CsCheck;
using NodaTime;

namespace Compliance.Rules.Tests.Calendar;

/// <summary>
/// Properties that must hold for every date and count, checked on random samples of both built-in calendars, and an
/// oracle that counts day by day from the exception list without the calendar's precomputed tables.
/// </summary>
public class WorkingDayCalendarPropertyTest
{
    // Dates at least this far from the ends of the range, with |n| at most MaxStep, keep every answer inside the range.
    private const int Margin = 400;
    private const int MaxStep = 250;
    private const long Iterations = 2_000;

    [Theory]
    [InlineData("cn")]
    [InlineData("cn-xj")]
    public void AddWorkingDays_ThenWorkingDaysBetween_RoundTripsForNonNegativeCounts(string id)
    {
        var calendar = WorkingDayCalendars.BuiltIn(id);

        Gen.Select(InnerDates(calendar), Gen.Int[0, MaxStep]).Sample(
            (date, n) => calendar.WorkingDaysBetween(date, calendar.AddWorkingDays(date, n)) == n,
            iter: Iterations);
    }

    [Theory]
    [InlineData("cn")]
    [InlineData("cn-xj")]
    public void AddWorkingDays_ThenWorkingDaysBetween_RoundTripsBackwardFromWorkingDays(string id)
    {
        var calendar = WorkingDayCalendars.BuiltIn(id);
        var workingDates = InnerDates(calendar).Where(calendar.IsWorkingDay);

        Gen.Select(workingDates, Gen.Int[-MaxStep, 0]).Sample(
            (date, n) => calendar.WorkingDaysBetween(date, calendar.AddWorkingDays(date, n)) == n,
            iter: Iterations);
    }

    [Theory]
    [InlineData("cn")]
    [InlineData("cn-xj")]
    public void AddWorkingDays_IsMonotonicInTheCountAndTheDate(string id)
    {
        var calendar = WorkingDayCalendars.BuiltIn(id);

        Gen.Select(InnerDates(calendar), Gen.Int[0, 30], Gen.Int[-MaxStep, MaxStep]).Sample(
            (date, later, n) =>
                calendar.AddWorkingDays(date, n) <= calendar.AddWorkingDays(date, n + 1)
                && calendar.AddWorkingDays(date, n) < calendar.AddWorkingDays(date, n + 1)
                && calendar.AddWorkingDays(date, n) <= calendar.AddWorkingDays(date.PlusDays(later), n),
            iter: Iterations);
    }

    [Theory]
    [InlineData("cn")]
    [InlineData("cn-xj")]
    public void AddWorkingDays_NonZeroCount_LandsOnAWorkingDay(string id)
    {
        var calendar = WorkingDayCalendars.BuiltIn(id);

        Gen.Select(InnerDates(calendar), Gen.Int[-MaxStep, MaxStep].Where(n => n != 0)).Sample(
            (date, n) => calendar.IsWorkingDay(calendar.AddWorkingDays(date, n)),
            iter: Iterations);
    }

    [Theory]
    [InlineData("cn")]
    [InlineData("cn-xj")]
    public void NextAndPreviousWorkingDay_AreTheNearestWorkingDaysPerIsWorkingDay(string id)
    {
        var calendar = WorkingDayCalendars.BuiltIn(id);

        InnerDates(calendar).Sample(
            date =>
            {
                var next = calendar.NextWorkingDay(date);
                var previous = calendar.PreviousWorkingDay(date);
                next.Should().BeGreaterThan(date);
                previous.Should().BeLessThan(date);
                calendar.IsWorkingDay(next).Should().BeTrue();
                calendar.IsWorkingDay(previous).Should().BeTrue();
                DaysBetween(date, next).Should().NotContain(d => calendar.IsWorkingDay(d), "no working day lies between a date and the next one");
                DaysBetween(previous, date).Should().NotContain(d => calendar.IsWorkingDay(d), "no working day lies between the previous one and a date");
                (calendar.PreviousWorkingDay(next) <= date).Should().BeTrue();
            },
            iter: Iterations);
    }

    [Theory]
    [InlineData("cn")]
    [InlineData("cn-xj")]
    public void WorkingDaysBetween_RandomRanges_AgreesWithADayByDayOracle(string id)
    {
        var calendar = WorkingDayCalendars.BuiltIn(id);
        var oracle = new DayByDayOracle(calendar.Exceptions);
        var anyDate = AnyDate(calendar);

        Gen.Select(anyDate, anyDate).Sample(
            (start, end) => calendar.WorkingDaysBetween(start, end) == oracle.WorkingDaysBetween(start, end),
            iter: Iterations);
    }

    [Theory]
    [InlineData("cn")]
    [InlineData("cn-xj")]
    public void IsWorkingDay_EveryDayOfTheRange_AgreesWithTheOracle(string id)
    {
        var calendar = WorkingDayCalendars.BuiltIn(id);
        var oracle = new DayByDayOracle(calendar.Exceptions);

        var disagreements = DaysBetween(calendar.CoveredRange.Start.PlusDays(-1), calendar.CoveredRange.End.PlusDays(1))
            .Where(d => calendar.IsWorkingDay(d) != oracle.IsWorkingDay(d));

        disagreements.Should().BeEmpty();
    }

    [Theory]
    [InlineData("cn")]
    [InlineData("cn-xj")]
    public void Exceptions_EveryMakeUpDayIsAWeekendDayAndEveryDayOffAWeekday(string id)
    {
        // Exhaustive rather than sampled: the list is short, so every day is checked.
        var calendar = WorkingDayCalendars.BuiltIn(id);

        calendar.Exceptions.Where(e => e.Kind == ExceptionKind.Work).Should().OnlyContain(e => IsWeekend(e.Date));
        calendar.Exceptions.Where(e => e.Kind == ExceptionKind.Off).Should().OnlyContain(e => !IsWeekend(e.Date));
        calendar.Exceptions.Select(e => e.Date).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
    }

    private static Gen<LocalDate> InnerDates(WorkingDayCalendar calendar) =>
        Gen.Int[Margin, calendar.CoveredRange.Length - 1 - Margin].Select(i => calendar.CoveredRange.Start.PlusDays(i));

    private static Gen<LocalDate> AnyDate(WorkingDayCalendar calendar) =>
        Gen.Int[0, calendar.CoveredRange.Length - 1].Select(i => calendar.CoveredRange.Start.PlusDays(i));

    private static IEnumerable<LocalDate> DaysBetween(LocalDate after, LocalDate before)
    {
        for (var day = after.PlusDays(1); day < before; day = day.PlusDays(1))
        {
            yield return day;
        }
    }

    private static bool IsWeekend(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;

    /// <summary>Answers from the weekday and the exception list alone, walking day by day.</summary>
    private sealed class DayByDayOracle(IEnumerable<ExceptionDay> exceptions)
    {
        private readonly Dictionary<LocalDate, ExceptionKind> _exceptions = exceptions.ToDictionary(e => e.Date, e => e.Kind);

        public bool IsWorkingDay(LocalDate date) =>
            _exceptions.TryGetValue(date, out var kind) ? kind == ExceptionKind.Work : !IsWeekend(date);

        public int WorkingDaysBetween(LocalDate start, LocalDate end)
        {
            var (from, to, sign) = start <= end ? (start, end, 1) : (end, start, -1);
            var count = 0;
            for (var day = from.PlusDays(1); day <= to; day = day.PlusDays(1))
            {
                count += IsWorkingDay(day) ? 1 : 0;
            }

            return sign * count;
        }
    }
}
