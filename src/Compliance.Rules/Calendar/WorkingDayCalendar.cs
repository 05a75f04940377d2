using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Compliance.Rules.Calendar;

/// <summary>
/// A working-day calendar: which days are worked in China, nationally or in a region, over the years whose holiday
/// notices have been published. Answers "is this a working day", "the N-th working day after", "how many working days
/// between" and "the deadline of answer within N working days".
/// </summary>
/// <remarks>
/// <para>
/// A day is a working day when it is a Monday–Friday that is not an <see cref="ExceptionKind.Off"/> exception, or a
/// Saturday/Sunday that is a <see cref="ExceptionKind.Work"/> exception. A regional calendar (such as <c>cn-xj</c>) is
/// one calendar composed from its base and its overlay.
/// </para>
/// <para>
/// Every date passed in or computed must lie in <see cref="CoveredRange"/>; otherwise a
/// <see cref="CalendarRangeException"/> is thrown. The calendar never falls back to the Monday–Friday week.
/// Dates in a calendar system other than ISO are converted to ISO first; results are ISO dates.
/// </para>
/// <para>
/// The answers come from tables built once when the calendar is loaded (a running count of working days per day, and
/// the sorted working days), so every query takes constant time except <see cref="ExceptionsBetween"/> (logarithmic).
/// This type is immutable and thread-safe: load it once and share it.
/// </para>
/// </remarks>
public sealed class WorkingDayCalendar
{
    /// <summary>The time zone in which an instant becomes a date: China Standard Time from the tz database.</summary>
    private static readonly DateTimeZone ChinaTimeZone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    private readonly int _firstDayNumber;
    private readonly int _dayCount;

    // _workingBefore[i] = the number of working days among the first i days of the range; one longer than the range.
    private readonly int[] _workingBefore;

    // The working days of the range as offsets from its first day, ascending: _workingDays[k] is the (k+1)-th working day.
    private readonly int[] _workingDays;

    // The dates of Exceptions, for binary search.
    private readonly LocalDate[] _exceptionDates;

    private readonly Lazy<string> _dataVersion;

    /// <summary>Initializes a new instance of the <see cref="WorkingDayCalendar"/> class and builds its tables.</summary>
    /// <param name="id">The calendar's id.</param>
    /// <param name="name">The calendar's name.</param>
    /// <param name="coveredRange">The dates covered.</param>
    /// <param name="exceptions">The exception days, sorted by date, unique, inside the range, off on weekdays and work on weekends.</param>
    /// <param name="unknownHolidays">The (holiday, year) cells whose days are unknown.</param>
    internal WorkingDayCalendar(
        string id, string name, DateInterval coveredRange, IEnumerable<ExceptionDay> exceptions, IEnumerable<UnknownHoliday> unknownHolidays)
    {
        Id = id;
        Name = name;
        CoveredRange = coveredRange;
        Exceptions = [.. exceptions];
        UnknownHolidays = [.. unknownHolidays];
        _firstDayNumber = coveredRange.Start.ToDateOnly().DayNumber;
        _dayCount = coveredRange.Length;
        _exceptionDates = Exceptions.Select(e => e.Date).ToArray();

        var working = new bool[_dayCount];
        var dayOfWeek = (int)coveredRange.Start.DayOfWeek;
        for (var i = 0; i < _dayCount; i++)
        {
            working[i] = dayOfWeek <= (int)IsoDayOfWeek.Friday;
            dayOfWeek = dayOfWeek == (int)IsoDayOfWeek.Sunday ? (int)IsoDayOfWeek.Monday : dayOfWeek + 1;
        }

        for (var k = 0; k < _exceptionDates.Length; k++)
        {
            if (k > 0 && _exceptionDates[k] <= _exceptionDates[k - 1])
            {
                throw new ArgumentException("Exception days must be sorted by date and unique.", nameof(exceptions));
            }

            working[IndexOf(_exceptionDates[k], nameof(exceptions))] = Exceptions[k].Kind == ExceptionKind.Work;
        }

        _workingBefore = new int[_dayCount + 1];
        var workingDays = new List<int>(_dayCount);
        for (var i = 0; i < _dayCount; i++)
        {
            _workingBefore[i + 1] = _workingBefore[i] + (working[i] ? 1 : 0);
            if (working[i])
            {
                workingDays.Add(i);
            }
        }

        _workingDays = [.. workingDays];
        _dataVersion = new Lazy<string>(ComputeDataVersion);
    }

    /// <summary>Gets the calendar's id, such as <c>cn</c> or <c>cn-xj</c>; it is also the name of its file without <c>.yaml</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the calendar's human-readable name.</summary>
    public string Name { get; }

    /// <summary>Gets the dates this calendar can answer for, both ends inclusive: 1 January of its first year to 31 December of its last.</summary>
    /// <remarks>
    /// An overlay (such as the regional <c>cn-xj</c>) covers the range of the calendar it extends, plus the whole years
    /// it adds after that range's last year (a host adding 2027 before the built-in calendar has it).
    /// </remarks>
    public DateInterval CoveredRange { get; }

    /// <summary>Gets every exception day in <see cref="CoveredRange"/>, sorted by date.</summary>
    /// <remarks>
    /// For a regional calendar this is the base calendar's exceptions, without the make-up days the region cancels,
    /// plus the region's own days (with their <see cref="ExceptionDay.Confidence"/>).
    /// </remarks>
    public ImmutableArray<ExceptionDay> Exceptions { get; }

    /// <summary>Gets the (holiday, year) cells whose days are not known, in year order; empty for the national calendar.</summary>
    /// <remarks>
    /// Inside an unknown cell the calendar answers with the base calendar's days (for Xinjiang, the national days): the
    /// region's festival days off are missing there, never guessed. See <see cref="UnknownHoliday"/>.
    /// </remarks>
    public ImmutableArray<UnknownHoliday> UnknownHolidays { get; }

    /// <summary>Gets whether a date is a working day.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> for a working day (a Monday–Friday that is not off, or a make-up Saturday/Sunday).</returns>
    /// <exception cref="CalendarRangeException"><paramref name="date"/> is outside <see cref="CoveredRange"/>.</exception>
    public bool IsWorkingDay(LocalDate date)
    {
        var index = IndexOf(date, nameof(date));
        return _workingBefore[index + 1] != _workingBefore[index];
    }

    /// <summary>Gets the first working day strictly after a date.</summary>
    /// <param name="date">The date, which need not be a working day.</param>
    /// <returns>The next working day; the same as <c>AddWorkingDays(date, 1)</c>.</returns>
    /// <exception cref="CalendarRangeException">The date, or the answer, is outside <see cref="CoveredRange"/>.</exception>
    public LocalDate NextWorkingDay(LocalDate date) => AddWorkingDays(date, 1);

    /// <summary>Gets the last working day strictly before a date.</summary>
    /// <param name="date">The date, which need not be a working day.</param>
    /// <returns>The previous working day; the same as <c>AddWorkingDays(date, -1)</c>.</returns>
    /// <exception cref="CalendarRangeException">The date, or the answer, is outside <see cref="CoveredRange"/>.</exception>
    public LocalDate PreviousWorkingDay(LocalDate date) => AddWorkingDays(date, -1);

    /// <summary>Moves a number of working days forward or back from a date.</summary>
    /// <param name="date">The date to count from, which need not be a working day and is never counted itself.</param>
    /// <param name="workingDays">
    /// How many working days to move: for <c>n &gt; 0</c> the answer is the n-th working day strictly after
    /// <paramref name="date"/>; for <c>n &lt; 0</c> the |n|-th working day strictly before it; for 0, <paramref name="date"/> itself.
    /// </param>
    /// <returns>The working day reached, or <paramref name="date"/> when <paramref name="workingDays"/> is 0.</returns>
    /// <remarks>
    /// Example (cn): from Friday 2024-09-27, +3 gives 2024-10-08: Sunday 9/29 (a make-up day) is the 1st, Monday 9/30 the
    /// 2nd, the 国庆节 break 10/1–10/7 is skipped, and Tuesday 10/8 is the 3rd.
    /// <c>WorkingDaysBetween(date, AddWorkingDays(date, n)) == n</c> holds for every <c>n &gt;= 0</c>, and for <c>n &lt; 0</c>
    /// when <paramref name="date"/> is a working day (otherwise the count is <c>n + 1</c>, since the count excludes its start).
    /// </remarks>
    /// <exception cref="CalendarRangeException">The date, or the answer, is outside <see cref="CoveredRange"/>.</exception>
    public LocalDate AddWorkingDays(LocalDate date, int workingDays)
    {
        var index = IndexOf(date, nameof(date));
        if (workingDays == 0)
        {
            return DateAt(index);
        }

        // Ranks are 0-based positions in _workingDays; long arithmetic keeps int.MaxValue/MinValue from overflowing.
        var rank = workingDays > 0
            ? (long)_workingBefore[index + 1] + workingDays - 1
            : (long)_workingBefore[index] + workingDays;
        if (rank < 0 || rank >= _workingDays.Length)
        {
            var direction = workingDays > 0 ? "after" : "before";
            var question = $"the {Ordinal(Math.Abs((long)workingDays))} working day {direction} {Iso(DateAt(index))}";
            throw CalendarRangeException.ForResult(nameof(workingDays), Id, CoveredRange, question, forward: workingDays > 0);
        }

        return DateAt(_workingDays[rank]);
    }

    /// <summary>Counts the working days after one date up to and including another.</summary>
    /// <param name="start">The exclusive start: never counted.</param>
    /// <param name="end">The inclusive end: counted when it is a working day.</param>
    /// <returns>
    /// The number of working days <c>d</c> with <c>start &lt; d &lt;= end</c>; 0 when the dates are equal; negative when
    /// <paramref name="end"/> is before <paramref name="start"/>, namely <c>-WorkingDaysBetween(end, start)</c>.
    /// </returns>
    /// <remarks>
    /// This measures "working days taken": a request received on <paramref name="start"/> and answered on
    /// <paramref name="end"/> took this many working days, and it was within a limit of N working days exactly when the
    /// result is at most N. Example (cn): from 2024-09-27 to 2024-10-08 is 3.
    /// </remarks>
    /// <exception cref="CalendarRangeException">Either date is outside <see cref="CoveredRange"/>.</exception>
    public int WorkingDaysBetween(LocalDate start, LocalDate end)
    {
        var startIndex = IndexOf(start, nameof(start));
        var endIndex = IndexOf(end, nameof(end));
        return _workingBefore[endIndex + 1] - _workingBefore[startIndex + 1];
    }

    /// <summary>Gets the last day allowed by "answer within N working days" for something received on a date.</summary>
    /// <param name="receivedOn">The date of receipt.</param>
    /// <param name="workingDays">The limit N, zero or more.</param>
    /// <returns>
    /// The N-th working day after <paramref name="receivedOn"/>; an answer on or before the end of that day is in time.
    /// For N = 0, <paramref name="receivedOn"/> itself.
    /// </returns>
    /// <remarks>
    /// Counting starts on the next working day after receipt, whether or not the day of receipt is itself a working day:
    /// the day of receipt is never counted. Example (cn): received Friday 2024-09-27 with 3 working days, the deadline is
    /// 2024-10-08 (Sunday 9/29 is a make-up working day, then Monday 9/30, then Tuesday 10/8 after the 国庆节 break).
    /// The same as <c>AddWorkingDays(receivedOn, workingDays)</c> for N &gt;= 0.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is negative.</exception>
    /// <exception cref="CalendarRangeException">The date, or the deadline, is outside <see cref="CoveredRange"/>.</exception>
    public LocalDate Deadline(LocalDate receivedOn, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        return AddWorkingDays(receivedOn, workingDays);
    }

    /// <summary>Gets the last day allowed by "answer within N working days" for something received at a local date and time.</summary>
    /// <param name="receivedAt">The local date and time of receipt; only its date matters.</param>
    /// <param name="workingDays">The limit N, zero or more.</param>
    /// <returns>The deadline, as for <see cref="Deadline(LocalDate, int)"/> with <c>receivedAt.Date</c>.</returns>
    /// <remarks>The time of day does not matter: a receipt late in the evening counts like one in the morning.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is negative.</exception>
    /// <exception cref="CalendarRangeException">The date, or the deadline, is outside <see cref="CoveredRange"/>.</exception>
    public LocalDate Deadline(LocalDateTime receivedAt, int workingDays) => Deadline(receivedAt.Date, workingDays);

    /// <summary>Gets the last day allowed by "answer within N working days" for something received at an instant.</summary>
    /// <param name="receivedAt">The instant of receipt; it is converted to a date in China (Asia/Shanghai, UTC+8).</param>
    /// <param name="workingDays">The limit N, zero or more.</param>
    /// <returns>The deadline, as for <see cref="Deadline(LocalDate, int)"/> with the receipt's date in Asia/Shanghai.</returns>
    /// <remarks>
    /// The date is taken in Asia/Shanghai from NodaTime's tz database, whatever the machine's time zone: 2024-09-26T16:30Z
    /// is 2024-09-27 00:30 in China, so it counts as received on 2024-09-27.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is negative.</exception>
    /// <exception cref="CalendarRangeException">The date, or the deadline, is outside <see cref="CoveredRange"/>.</exception>
    public LocalDate Deadline(Instant receivedAt, int workingDays) => Deadline(receivedAt.InZone(ChinaTimeZone).Date, workingDays);

    /// <summary>Gets the exception days from one date to another, both inclusive, sorted by date.</summary>
    /// <param name="first">The first date, inclusive.</param>
    /// <param name="last">The last date, inclusive.</param>
    /// <returns>The exception days <c>d</c> with <c>first &lt;= d.Date &lt;= last</c>.</returns>
    /// <remarks>
    /// Both ends are inclusive, unlike <see cref="WorkingDaysBetween"/>: this lists the days of a period, it does not
    /// measure a distance. For a whole year pass 1 January and 31 December.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    /// <exception cref="CalendarRangeException">Either date is outside <see cref="CoveredRange"/>.</exception>
    public ImmutableArray<ExceptionDay> ExceptionsBetween(LocalDate first, LocalDate last)
    {
        var firstIndex = IndexOf(first, nameof(first));
        var lastIndex = IndexOf(last, nameof(last));
        if (lastIndex < firstIndex)
        {
            throw new ArgumentException($"The last date {Iso(DateAt(lastIndex))} is before the first date {Iso(DateAt(firstIndex))}.", nameof(last));
        }

        var from = LowerBound(DateAt(firstIndex));
        var to = LowerBound(DateAt(lastIndex).PlusDays(1));
        return ImmutableArray.Create(Exceptions, from, to - from);
    }

    /// <summary>
    /// Gets the version of the calendar's data: the SHA-256 of its covered range, every exception day (date, kind,
    /// holiday, confidence) and every unknown cell, as lower-case hex. Two calendars with the same data have the same
    /// version, whatever their files looked like.
    /// </summary>
    /// <remarks>The same value as <see cref="Results.CalendarProvenance.DataVersion"/> in the results computed on this calendar.</remarks>
    public string DataVersion => _dataVersion.Value;

    /// <summary>
    /// Describes what makes a working-day count between two dates uncertain: exception days of less than high confidence
    /// in the span, and (festival, year) cells whose days are not recorded: those whose window
    /// (<see cref="UnknownHoliday.Around"/>) overlaps the span, and those without a window whose year the span touches.
    /// </summary>
    /// <param name="first">The first date of the span, inclusive.</param>
    /// <param name="last">The last date of the span, inclusive.</param>
    /// <returns>
    /// One Chinese sentence per uncertainty, such as 日历 cn-xj 未记录2019年古尔邦节的放假日期（预计在2019-08-08至2019-08-17之间），按全国安排计算;
    /// empty when there is none.
    /// </returns>
    internal ImmutableArray<string> UncertaintiesBetween(LocalDate first, LocalDate last)
    {
        if (last < first)
        {
            (first, last) = (last, first);
        }

        var notes = ImmutableArray.CreateBuilder<string>();
        foreach (var day in Exceptions.Where(e => e.Date >= first && e.Date <= last && e.Confidence < Confidence.High))
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{Iso(day.Date)} {day.Holiday}的日期置信度为{ConfidenceLabel(day.Confidence)}"));
        }

        foreach (var cell in UnknownHolidays)
        {
            if (cell.Around is { } window && window.Start <= last && window.End >= first)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"日历 {Id} 未记录{cell.Year}年{cell.Holiday}的放假日期（预计在{Iso(window.Start)}至{Iso(window.End)}之间），按全国安排计算"));
            }
            else if (cell.Around is null && cell.Year >= first.Year && cell.Year <= last.Year)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"日历 {Id} 未记录{cell.Year}年{cell.Holiday}的放假日期（无日期范围，按全年计），按全国安排计算"));
            }
        }

        return notes.ToImmutable();
    }

    /// <summary>Formats the calendar as its id and covered range, such as <c>cn (2015-01-01 … 2026-12-31)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Id} ({Iso(CoveredRange.Start)} … {Iso(CoveredRange.End)})";

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string ConfidenceLabel(Confidence confidence) => confidence switch
    {
        Confidence.Low => "低",
        Confidence.MediumLow => "中低",
        Confidence.Medium => "中",
        Confidence.MediumHigh => "中高",
        _ => "高",
    };

    private string ComputeDataVersion()
    {
        var text = new System.Text.StringBuilder();
        text.Append(Iso(CoveredRange.Start)).Append('/').Append(Iso(CoveredRange.End)).Append('\n');
        foreach (var day in Exceptions)
        {
            text.Append(day.ToString()).Append(' ').Append(day.Confidence).Append('\n');
        }

        foreach (var cell in UnknownHolidays)
        {
            text.Append(cell.Year.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(cell.Holiday).Append(' ').Append(cell.Note);
            if (cell.Around is { } window)
            {
                text.Append(" around ").Append(Iso(window.Start)).Append('/').Append(Iso(window.End));
            }

            text.Append('\n');
        }

        var bytes = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString()));
        return Convert.ToHexString(bytes).ToLowerInvariant();
    }

    private static string Ordinal(long n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return string.Create(CultureInfo.InvariantCulture, $"{n}{suffix}");
    }

    private int IndexOf(LocalDate date, string paramName)
    {
        var iso = date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);
        if (iso.Year < 1)
        {
            throw CalendarRangeException.ForDate(paramName, Id, CoveredRange, iso);
        }

        var index = iso.ToDateOnly().DayNumber - _firstDayNumber;
        if (index < 0 || index >= _dayCount)
        {
            throw CalendarRangeException.ForDate(paramName, Id, CoveredRange, iso);
        }

        return index;
    }

    private LocalDate DateAt(int index) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(_firstDayNumber + index));

    private int LowerBound(LocalDate date)
    {
        int low = 0, high = _exceptionDates.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (_exceptionDates[middle] < date)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
