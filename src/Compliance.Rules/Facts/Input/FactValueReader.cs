using System.Collections.Immutable;
using System.Globalization;
using Compliance.Rules.Authoring.Parsing;
using Compliance.Rules.Diagnostics;
using NodaTime;
using NodaTime.Text;

namespace Compliance.Rules.Facts.Input;

/// <summary>
/// Reads one field value of a fact from text, as facts files write it: ISO dates (<c>2024-06-27</c>), local times
/// (<c>2024-06-14 10:30</c> or <c>2024-06-14T10:30:00</c>, or a date alone for midnight), instants with an offset
/// (<c>2024-06-20T08:00:00+08:00</c> or <c>…Z</c>), durations (<c>15s</c>, <c>800ms</c>), Chinese labels or member names
/// for categories, <c>true</c>/<c>false</c> (also 是/否). Shared by the YAML/JSON and CSV readers; a CSV cell may also
/// hold a date or time as Excel and WPS write it (<c>2024/6/27</c>, <c>2024年6月27日</c>, <c>2024/6/27 10:00</c>; see
/// <see cref="SpreadsheetDates"/>).
/// </summary>
internal static partial class FactValueReader
{
    private static readonly LocalDateTimePattern DateTimeWithSeconds = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss");
    private static readonly LocalDateTimePattern SpacedWithSeconds = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm:ss");

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
        value = field.Kind switch
        {
            FieldKind.Boolean => text switch { "true" or "是" or "TRUE" or "True" => true, "false" or "否" or "FALSE" or "False" => false, _ => null },
            FieldKind.Date when spreadsheet => ValueParser.TryParse(text, field.Kind, field.EnumType) ?? SpreadsheetDates.TryReadDate(text),
            FieldKind.DateTime => ReadDateTime(text) ?? (spreadsheet ? SpreadsheetDates.TryReadDateTime(text) : null),
            FieldKind.Instant => ReadInstant(text),
            FieldKind.EnumSet => ReadSet(field, text),
            _ => ValueParser.TryParse(text, field.Kind, field.EnumType),
        };
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
        FieldKind.Date => "a date such as 2024-06-27",
        FieldKind.DateTime => "a local time such as 2024-06-14 10:30",
        FieldKind.Instant => "an instant with its offset such as 2024-06-20T08:00:00+08:00",
        FieldKind.Duration => "a duration such as 15s or 800ms",
        FieldKind.Boolean => "true or false",
        FieldKind.EnumSet => $"a list separated by '、' or ';' of: {string.Join(", ", EnumLabels.LabelsOf(field.EnumType!))}",
        _ => field.Describe(),
    };

    /// <summary>Builds an enum set from already-read members.</summary>
    /// <param name="field">The set field.</param>
    /// <param name="members">The members.</param>
    /// <returns>The <c>ImmutableArray</c> of the field's element type.</returns>
    public static object ToSet(FactField field, IEnumerable<object> members)
    {
        var elementType = field.EnumType!;
        var method = typeof(FactValueReader).GetMethod(nameof(CreateSet), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(elementType);
        return method.Invoke(null, [members])!;
    }

    private static ImmutableArray<T> CreateSet<T>(IEnumerable<object> members) => [.. members.Cast<T>()];

    private static object? ReadSet(FactField field, string text)
    {
        var parts = text.Split(['、', ';', '；', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var members = new List<object>();
        foreach (var part in parts)
        {
            if (!EnumLabels.TryParse(field.EnumType!, part, out var member))
            {
                return null;
            }

            members.Add(member!);
        }

        return ToSet(field, members);
    }

    // 6/27/2024 or 27/6/2024: a year at the end.
    [System.Text.RegularExpressions.GeneratedRegex(@"^[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2,4}(\s|$)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex DayOrMonthFirst();

    private static object? ReadDateTime(string text)
    {
        if (ValueParser.TryParse(text, FieldKind.DateTime, null) is { } minutes)
        {
            return minutes;
        }

        foreach (var pattern in new[] { DateTimeWithSeconds, SpacedWithSeconds })
        {
            var parsed = pattern.Parse(text);
            if (parsed.Success)
            {
                return parsed.Value;
            }
        }

        var date = LocalDatePattern.Iso.Parse(text);
        return date.Success ? date.Value.AtMidnight() : null;
    }

    private static object? ReadInstant(string text)
    {
        var offset = OffsetDateTimePattern.ExtendedIso.Parse(text);
        if (offset.Success)
        {
            return offset.Value.ToInstant();
        }

        var instant = InstantPattern.ExtendedIso.Parse(text);
        return instant.Success ? instant.Value : null;
    }

    /// <summary>Formats a value the way facts files write it (for round trips and reports).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Format(object? value) => value switch
    {
        null => string.Empty,
        LocalDate d => LocalDatePattern.Iso.Format(d),
        LocalDateTime t => LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm").Format(t),
        Instant i => InstantPattern.ExtendedIso.Format(i),
        Duration d => d.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + "ms",
        bool b => b ? "true" : "false",
        Enum e => EnumLabels.LabelOf(e),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        int n => n.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
