using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Compliance.Rules.Facts;

/// <summary>The fields of a fact type in the order of its record's primary constructor: the order reports list them in.</summary>
/// <remarks>This type is thread-safe.</remarks>
internal static class FactFieldOrder
{
    private static readonly ConcurrentDictionary<Type, ImmutableArray<FactField>> Cache = new();

    /// <summary>Gets the fields of a fact type in constructor order.</summary>
    /// <param name="type">The fact type.</param>
    /// <returns>Its fields, in the order of its record's widest constructor.</returns>
    public static ImmutableArray<FactField> Of(FactTypeInfo type) => Cache.GetOrAdd(type.ClrType, _ =>
        [.. type.ClrType.GetConstructors()
            .OrderByDescending(c => c.GetParameters().Length)
            .First()
            .GetParameters()
            .Select(p => type.Fields[FactCatalog.ToSnakeCase(p.Name!)])]);
}
