using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts.Values;
using NodaTime;

namespace Compliance.Rules.Facts.Input;

/// <summary>
/// Reads one field value of a fact from text with the field's codec (<see cref="FieldCodec"/>, the syntax rule
/// constants share), and keeps dates within the years facts may hold. Shared by the YAML/JSON and CSV readers; a CSV
/// cell may also hold a date or time as Excel and WPS write it (<c>2024/6/27</c>, <c>2024年6月27日</c>,
/// <c>2024/6/27 10:00</c>; see <see cref="SpreadsheetDates"/>).
/// </summary>
internal static partial class FactValueReader
{

    /// <summary>Reads text as a value of a field, as a JSON or YAML facts document writes it.</summary>
    /// <param name="field">The field.</param>
    /// <param name="text">The text (already trimmed).</param>
    /// <param name="value">The value when it could be read.</param>
    /// <returns>An error message, or <see langword="null"/> when the value was read.</returns>
    public static string? TryRead(FactField field, string text, out object? value) => TryRead(field, text, spreadsheet: false, out value);

    /// <summary>Reads a CSV cell as a value of a field: as <see cref="TryRead(FactField, string, out object?)"/>, and dates and times also as Excel writes them.</summary>
    /// <param name="field">The field.</param>
    /// <param name="text">The cell (already trimmed).</param>
    /// <param name="value">The value when it could be read.</param>
    /// <returns>An error message, or <see langword="null"/> when the value was read.</returns>
    public static string? TryReadCell(FactField field, string text, out object? value) => TryRead(field, text, spreadsheet: true, out value);

    private static string? TryRead(FactField field, string text, bool spreadsheet, out object? value)
    {
        var codec = FieldCodec.For(field);
        if (!codec.TryParse(text, out value) && spreadsheet)
        {
            value = field.Kind switch
            {
                FieldKind.Date => SpreadsheetDates.TryReadDate(text),
                FieldKind.DateTime => SpreadsheetDates.TryReadDateTime(text),
                _ => null,
            };
        }

        if (value is null)
        {
            var why = spreadsheet && field.Kind is FieldKind.Date or FieldKind.DateTime && DayOrMonthFirst().IsMatch(text)
                ? "; a date with the day or month before the year is not read, as Chinese, American and European Excel order them differently: write the year first"
                : string.Empty;
            return $"'{text}' is not a valid {field.Name}: expected {Expected(field, spreadsheet)}{why}";
        }

        if (YearOf(value) is { } year and (< InputLimits.MinFactsYear or > InputLimits.MaxFactsYear))
        {
            value = null;
            return $"'{text}' is outside the dates facts may hold: {field.Name} must lie in the years {InputLimits.MinFactsYear}–{InputLimits.MaxFactsYear}";
        }

        return null;
    }

    // Dates near the ends of the calendar (0001, 9999) would overflow when a window or the next day is computed.
    private static int? YearOf(object value) => value switch
    {
        LocalDate d => d.Year,
        LocalDateTime t => t.Year,
        Instant i => i.InUtc().Year,
        _ => null,
    };

    /// <summary>Describes what a field expects, for messages.</summary>
    /// <param name="field">The field.</param>
    /// <param name="spreadsheet">Whether the value is a CSV cell, which may also hold dates as Excel writes them.</param>
    /// <returns>The description.</returns>
    public static string Expected(FactField field, bool spreadsheet = false) => field.Kind switch
    {
        FieldKind.Date when spreadsheet => "a date such as 2024-06-27, 2024/6/27 or 2024年6月27日",
        FieldKind.DateTime when spreadsheet => "a local time such as 2024-06-14 10:30, 2024/6/14 10:30 or 2024年6月14日 10:30 (24-hour clock), or a date",
        _ => FieldCodec.For(field).Expected,
    };

    /// <summary>Builds an enum set from already-read members.</summary>
    /// <param name="field">The set field.</param>
    /// <param name="members">The members.</param>
    /// <returns>The <c>ImmutableArray</c> of the field's element type.</returns>
    public static object ToSet(FactField field, IEnumerable<object> members) => ((EnumSetCodec)FieldCodec.For(field)).ToSet(members);

    // 6/27/2024 or 27/6/2024: a year at the end.
    [System.Text.RegularExpressions.GeneratedRegex(@"^[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2,4}(\s|$)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex DayOrMonthFirst();
}
