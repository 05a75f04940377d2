using System.Collections.Concurrent;
using Compliance.Rules.Facts;
using NodaTime;

namespace Compliance.Rules.Compilation;

/// <summary>
/// The earliest and the latest value of every date and date-time field over a subject's observations of one type, for the
/// <c>latest.&lt;field&gt;</c> and <c>earliest.&lt;field&gt;</c> placeholders (an account's "6月21日起未更新").
/// </summary>
/// <remarks>
/// One pass over the observations with compiled field readers, boxing only the two values found: a forecast makes a
/// finding with these values for most accounts of a national batch. Immutable and thread-safe; one per fact type.
/// </remarks>
internal sealed class FactExtremes
{
    private static readonly ConcurrentDictionary<FactTypeInfo, FactExtremes> Known = new();

    private readonly (string Latest, string Earliest, Func<object, LocalDate?>? Date, Func<object, LocalDateTime?>? DateTime)[] _fields;

    private FactExtremes(FactTypeInfo type) =>
        _fields = [.. type.Fields.Values
            .Where(f => f.Kind is FieldKind.Date or FieldKind.DateTime)
            .Select(f => (
                "latest." + f.Name,
                "earliest." + f.Name,
                f.Kind == FieldKind.Date ? FactDates.Reader(type.ClrType, f) : null,
                f.Kind == FieldKind.DateTime ? FactDates.DateTimeReader(type.ClrType, f) : null))];

    /// <summary>Gets the extremes of a fact type.</summary>
    /// <param name="type">The fact type.</param>
    /// <returns>Its extremes, built once.</returns>
    public static FactExtremes Of(FactTypeInfo type) => Known.GetOrAdd(type, static t => new FactExtremes(t));

    /// <summary>
    /// Puts the latest and the earliest value of each date and date-time field over some observations, in the order of
    /// the type's fields; a field no observation gives a value is put as <see langword="null"/>.
    /// </summary>
    /// <param name="facts">The observations, all of the type.</param>
    /// <param name="put">Receives each placeholder name with its value.</param>
    public void Put(IReadOnlyList<Observation> facts, Action<string, object?> put)
    {
        foreach (var (latest, earliest, date, dateTime) in _fields)
        {
            object? last = null;
            object? first = null;
            if (date is not null)
            {
                (first, last) = Range(facts, date);
            }
            else
            {
                (first, last) = Range(facts, dateTime!);
            }

            put(latest, last);
            put(earliest, first);
        }
    }

    private static (object? Earliest, object? Latest) Range<T>(IReadOnlyList<Observation> facts, Func<object, T?> read)
        where T : struct, IComparable<T>
    {
        T? min = null;
        T? max = null;
        for (var i = 0; i < facts.Count; i++)
        {
            if (read(facts[i]) is { } value)
            {
                min = min is { } low && low.CompareTo(value) <= 0 ? low : value;
                max = max is { } high && high.CompareTo(value) >= 0 ? high : value;
            }
        }

        return (min, max);
    }
}
