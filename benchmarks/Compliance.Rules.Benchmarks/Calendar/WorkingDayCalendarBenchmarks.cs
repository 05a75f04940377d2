using BenchmarkDotNet.Attributes;
using Compliance.Rules.Calendar;
using NodaTime;

namespace Compliance.Rules.Benchmarks.Calendar;

/// <summary>
/// The working-day queries the rules engine runs per fact (is a date worked, the N-th working day, working days
/// taken, a deadline from an instant), and loading the composed Xinjiang calendar once.
/// </summary>
[MemoryDiagnoser]
public class WorkingDayCalendarBenchmarks
{
    private static readonly LocalDate Received = new(2024, 9, 27);
    private static readonly Instant ReceivedAt = Instant.FromUtc(2024, 9, 26, 16, 30);

    private WorkingDayCalendar _calendar = null!;

    [GlobalSetup]
    public void Setup() => _calendar = WorkingDayCalendars.BuiltIn("cn-xj");

    [Benchmark(Baseline = true)]
    public bool IsWorkingDay() => _calendar.IsWorkingDay(Received);

    [Benchmark]
    public LocalDate AddWorkingDays_3() => _calendar.AddWorkingDays(Received, 3);

    [Benchmark]
    public LocalDate AddWorkingDays_250() => _calendar.AddWorkingDays(Received, 250);

    [Benchmark]
    public int WorkingDaysBetween_OneYear() => _calendar.WorkingDaysBetween(new(2023, 12, 31), new(2024, 12, 31));

    [Benchmark]
    public int WorkingDaysBetween_TwelveYears() => _calendar.WorkingDaysBetween(new(2015, 1, 1), new(2026, 12, 31));

    /// <summary>What WorkingDaysBetween over twelve years would cost when walking day by day, for comparison.</summary>
    /// <returns>The count.</returns>
    [Benchmark]
    public int WorkingDaysBetween_TwelveYears_DayByDay()
    {
        var count = 0;
        for (var day = new LocalDate(2015, 1, 2); day <= new LocalDate(2026, 12, 31); day = day.PlusDays(1))
        {
            count += _calendar.IsWorkingDay(day) ? 1 : 0;
        }

        return count;
    }

    [Benchmark]
    public LocalDate Deadline_Instant() => _calendar.Deadline(ReceivedAt, 3);

    [Benchmark]
    public WorkingDayCalendar LoadAndCompose_CnXj() => WorkingDayCalendars.LoadBuiltIn("cn-xj").GetValueOrThrow();
}
