using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Compliance.Rules.Facts.Input;

/// <summary>
/// Reads the dates and times Excel and WPS write into a CSV file on Chinese Windows: year first, month and day with or
/// without a leading zero, separated by <c>/</c> or <c>-</c> or written 年月日, and an optional time of hours and minutes
/// (and seconds).
/// </summary>
/// <remarks>
/// <para>
/// Accepted: <c>2024/6/25</c>, <c>2024/06/25</c>, <c>2024-6-25</c>, <c>2024年6月25日</c>, and with a time
/// <c>2024/6/25 10:00</c>, <c>2024/6/25 9:05:30</c>, <c>2024年6月25日 10:00</c> (24-hour clock). Only these forms:
/// they name one day whatever the locale. Forms whose order depends on the locale (<c>6/25/2024</c>,
/// <c>25/6/2024</c>), two-digit years (<c>24/6/25</c>) and 12-hour times (<c>上午10:00</c>, <c>10:00 AM</c>) are not
/// read, so a value is never guessed; the reader then reports it with its position.
/// </para>
/// <para>This type is thread-safe.</para>
/// </remarks>
internal static partial class SpreadsheetDates
{
    /// <summary>Reads a date written without a time.</summary>
    /// <param name="text">The cell, trimmed.</param>
    /// <returns>The date, or <see langword="null"/> when the cell is not in a spreadsheet form or names no day (2024/2/30).</returns>
    public static LocalDate? TryReadDate(string text)
    {
        var match = Form().Match(text);
        return match.Success && !match.Groups["hour"].Success ? Date(match) : null;
    }

    /// <summary>Reads a local time, or a date alone as its midnight.</summary>
    /// <param name="text">The cell, trimmed.</param>
    /// <returns>The time, or <see langword="null"/> when the cell is not in a spreadsheet form or names no moment (25:00).</returns>
    public static LocalDateTime? TryReadDateTime(string text)
    {
        var match = Form().Match(text);
        if (!match.Success || Date(match) is not { } date)
        {
            return null;
        }

        if (!match.Groups["hour"].Success)
        {
            return date.AtMidnight();
        }

        var hour = Number(match, "hour");
        var minute = Number(match, "minute");
        var second = match.Groups["second"].Success ? Number(match, "second") : 0;
        return hour < 24 && minute < 60 && second < 60 ? date.At(new LocalTime(hour, minute, second)) : null;
    }

    private static LocalDate? Date(Match match)
    {
        var year = Number(match, "year");
        var month = Number(match, "month");
        var day = Number(match, "day");
        return month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month)
            ? new LocalDate(year, month, day)
            : null;
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(
        @"^(?<year>[0-9]{4})(?:(?<separator>[/-])(?<month>[0-9]{1,2})\k<separator>(?<day>[0-9]{1,2})|年(?<month>[0-9]{1,2})月(?<day>[0-9]{1,2})日)(?: +(?<hour>[0-9]{1,2}):(?<minute>[0-9]{2})(?::(?<second>[0-9]{2}))?)?$",
        RegexOptions.CultureInvariant,
        1000)]
    private static partial Regex Form();
}
