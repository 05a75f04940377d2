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

    /// <summary>Gets the latest date a fact carries.</summary>
    /// <param name="fact">The subject or observation.</param>
    /// <returns>The date, or <see langword="null"/> when it carries none.</returns>
    public static LocalDate? Latest(object fact) => Range(fact).Latest;

    /// <summary>Gets the earliest and the latest date a fact carries.</summary>
    /// <param name="fact">The subject or observation.</param>
    /// <returns>Both dates, or <see langword="null"/>s when it carries none.</returns>
    public static (LocalDate? Earliest, LocalDate? Latest) Range(object fact) => Readers.GetOrAdd(fact.GetType(), Build)(fact);

    private static Func<object, (LocalDate?, LocalDate?)> Build(Type type)
    {
        var fields = FactCatalog.For(type).Fields.Values.Where(f => f.Kind is FieldKind.Date or FieldKind.DateTime or FieldKind.Instant).ToList();
        var getters = fields.Select(f =>
        {
            var parameter = Expression.Parameter(typeof(object), "fact");
            var value = Expression.Convert(Expression.Property(Expression.Convert(parameter, type), f.Property), typeof(object));
            return Expression.Lambda<Func<object, object?>>(value, parameter).Compile();
        }).ToArray();
        return fact =>
        {
            LocalDate? earliest = null;
            LocalDate? latest = null;
            foreach (var get in getters)
            {
                LocalDate? date = get(fact) switch
                {
                    LocalDate d => d,
                    LocalDateTime t => t.Date,
                    Instant i => DateOf(i),
                    _ => null,
                };
                if (date is { } found)
                {
                    earliest = earliest is null || found < earliest ? found : earliest;
                    latest = latest is null || found > latest ? found : latest;
                }
            }

            return (earliest, latest);
        };
    }

    // An instant at the very ends of NodaTime's range has no date in a zone east of UTC without overflowing: such a date
    // is as far out of range as it can be, so its UTC date stands for it.
    private static LocalDate DateOf(Instant instant) =>
        instant < Instant.MaxValue.Minus(Duration.FromDays(1)) && instant > Instant.MinValue.Plus(Duration.FromDays(1))
            ? instant.InZone(China).Date
            : instant.InUtc().Date;
}
