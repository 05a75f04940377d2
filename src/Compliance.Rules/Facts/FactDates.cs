using System.Collections.Concurrent;
using System.Linq.Expressions;
using NodaTime;

namespace Compliance.Rules.Facts;

/// <summary>
/// The dates a fact carries in its date, date-time and instant fields (instants taken in Asia/Shanghai): the earliest
/// and the latest, for range checks and plausibility warnings.
/// </summary>
/// <remarks>Thread-safe: a compiled reader per fact type, built once.</remarks>
internal static class FactDates
{
    private static readonly DateTimeZone China = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly ConcurrentDictionary<Type, Func<object, (LocalDate? Earliest, LocalDate? Latest)>> Readers = new();
    private static readonly ConcurrentDictionary<(Type, FactField), Func<object, LocalDate?>> FieldReaders = new();
    private static readonly ConcurrentDictionary<(Type, FactField), Func<object, LocalDateTime?>> DateTimeReaders = new();

    // One delegate for GetOrAdd, not a new one per call: millions of facts pass through Range.
    private static readonly Func<Type, Func<object, (LocalDate? Earliest, LocalDate? Latest)>> BuildReader = Build;

    /// <summary>Gets the latest date a fact carries.</summary>
    /// <param name="fact">The subject or observation.</param>
    /// <returns>The date, or <see langword="null"/> when it carries none.</returns>
    public static LocalDate? Latest(object fact) => Range(fact).Latest;

    /// <summary>Gets the earliest and the latest date a fact carries.</summary>
    /// <param name="fact">The subject or observation.</param>
    /// <returns>Both dates, or <see langword="null"/>s when it carries none.</returns>
    public static (LocalDate? Earliest, LocalDate? Latest) Range(object fact) => Readers.GetOrAdd(fact.GetType(), BuildReader)(fact);

    /// <summary>Gets a reader of one date, date-time or instant field of a fact type, as a date (instants in Asia/Shanghai).</summary>
    /// <param name="type">The fact type.</param>
    /// <param name="field">The field.</param>
    /// <returns>The reader, built once per field; it gives <see langword="null"/> for an empty field.</returns>
    public static Func<object, LocalDate?> Reader(Type type, FactField field) => FieldReaders.GetOrAdd((type, field), key => Getter(key.Item1, key.Item2));

    /// <summary>Gets a reader of one date-time field of a fact type.</summary>
    /// <param name="type">The fact type.</param>
    /// <param name="field">The field, of kind <see cref="FieldKind.DateTime"/>.</param>
    /// <returns>The reader, built once per field; it gives <see langword="null"/> for an empty field.</returns>
    public static Func<object, LocalDateTime?> DateTimeReader(Type type, FactField field) => DateTimeReaders.GetOrAdd((type, field), key =>
    {
        var parameter = Expression.Parameter(typeof(object), "fact");
        var value = Expression.Convert(Expression.Property(Expression.Convert(parameter, key.Item1), key.Item2.Property), typeof(LocalDateTime?));
        return Expression.Lambda<Func<object, LocalDateTime?>>(value, parameter).Compile();
    });

    private static Func<object, (LocalDate?, LocalDate?)> Build(Type type)
    {
        var fields = FactCatalog.For(type).Fields.Values.Where(f => f.Kind is FieldKind.Date or FieldKind.DateTime or FieldKind.Instant).ToList();
        var getters = fields.Select(f => Getter(type, f)).ToArray();
        return fact =>
        {
            LocalDate? earliest = null;
            LocalDate? latest = null;
            foreach (var get in getters)
            {
                if (get(fact) is { } found)
                {
                    earliest = earliest is null || found < earliest ? found : earliest;
                    latest = latest is null || found > latest ? found : latest;
                }
            }

            return (earliest, latest);
        };
    }

    // Reads one field as an optional date without boxing: millions of facts pass through here.
    private static Func<object, LocalDate?> Getter(Type type, FactField field)
    {
        var parameter = Expression.Parameter(typeof(object), "fact");
        Expression value = Expression.Property(Expression.Convert(parameter, type), field.Property);
        var converter = typeof(FactDates).GetMethod(nameof(ToDate), [value.Type]);
        value = converter is not null ? Expression.Call(converter, value) : Expression.Convert(value, typeof(LocalDate?));
        return Expression.Lambda<Func<object, LocalDate?>>(value, parameter).Compile();
    }

    /// <summary>Gets the date of a date and time.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Its date.</returns>
    public static LocalDate? ToDate(LocalDateTime? value) => value?.Date;

    /// <summary>Gets the date of a date and time.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Its date.</returns>
    public static LocalDate? ToDate(LocalDateTime value) => value.Date;

    /// <summary>Gets the date of an instant in Asia/Shanghai.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Its date.</returns>
    public static LocalDate? ToDate(Instant? value) => value is { } instant ? DateOf(instant) : null;

    /// <summary>Gets the date of an instant in Asia/Shanghai.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Its date.</returns>
    public static LocalDate? ToDate(Instant value) => DateOf(value);

    // An instant at the very ends of NodaTime's range has no date in a zone east of UTC without overflowing: such a date
    // is as far out of range as it can be, so its UTC date stands for it.
    private static LocalDate DateOf(Instant instant) =>
        instant < Instant.MaxValue.Minus(Duration.FromDays(1)) && instant > Instant.MinValue.Plus(Duration.FromDays(1))
            ? instant.InZone(China).Date
            : instant.InUtc().Date;
}
