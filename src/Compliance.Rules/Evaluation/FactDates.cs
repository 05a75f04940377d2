using System.Collections.Concurrent;
using System.Linq.Expressions;
using Compliance.Rules.Facts;
using NodaTime;

namespace Compliance.Rules.Evaluation;

/// <summary>The latest date an observation carries in any of its date, date-time or instant fields (instants in Asia/Shanghai).</summary>
/// <remarks>Thread-safe: a compiled reader per observation type, built once.</remarks>
internal static class FactDates
{
    private static readonly DateTimeZone China = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly ConcurrentDictionary<Type, Func<Observation, LocalDate?>> Readers = new();

    /// <summary>Gets the latest date an observation carries.</summary>
    /// <param name="observation">The observation.</param>
    /// <returns>The date, or <see langword="null"/> when it carries none.</returns>
    public static LocalDate? Latest(Observation observation) => Readers.GetOrAdd(observation.GetType(), Build)(observation);

    private static Func<Observation, LocalDate?> Build(Type type)
    {
        var fields = FactCatalog.For(type).Fields.Values.Where(f => f.Kind is FieldKind.Date or FieldKind.DateTime or FieldKind.Instant).ToList();
        var getters = fields.Select(f =>
        {
            var parameter = Expression.Parameter(typeof(Observation), "o");
            var value = Expression.Convert(Expression.Property(Expression.Convert(parameter, type), f.Property), typeof(object));
            return (Kind: f.Kind, Get: Expression.Lambda<Func<Observation, object?>>(value, parameter).Compile());
        }).ToArray();
        return observation =>
        {
            LocalDate? latest = null;
            foreach (var (kind, get) in getters)
            {
                LocalDate? date = get(observation) switch
                {
                    LocalDate d => d,
                    LocalDateTime t => t.Date,
                    Instant i => i.InZone(China).Date,
                    _ => null,
                };
                if (date is { } found && (latest is null || found > latest))
                {
                    latest = found;
                }
            }

            return latest;
        };
    }
}
