using System.Collections.Immutable;

namespace Compliance.Rules.Facts;

/// <summary>The tests on a set-valued field that compiled field tests call (<c>includes_any</c>, <c>includes_all</c>, <c>empty</c>, <c>size</c>).</summary>
/// <remarks>A default (uninitialised) set counts as empty. This type is thread-safe.</remarks>
internal static class FactSets
{
    /// <summary>Tests whether a set holds any of some values.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="set">The set.</param>
    /// <param name="values">The values.</param>
    /// <returns>Whether any value is in the set.</returns>
    public static bool IncludesAny<T>(ImmutableArray<T> set, T[] values) => !set.IsDefaultOrEmpty && values.Any(set.Contains);

    /// <summary>Tests whether a set holds all of some values.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="set">The set.</param>
    /// <param name="values">The values.</param>
    /// <returns>Whether every value is in the set.</returns>
    public static bool IncludesAll<T>(ImmutableArray<T> set, T[] values) => !set.IsDefaultOrEmpty && values.All(set.Contains);

    /// <summary>Tests whether a set is empty.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="set">The set.</param>
    /// <returns>Whether it is empty.</returns>
    public static bool IsEmpty<T>(ImmutableArray<T> set) => set.IsDefaultOrEmpty;

    /// <summary>Counts the distinct values of a set.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="set">The set.</param>
    /// <returns>The number of distinct values (0 for an empty or default set).</returns>
    public static int SetSize<T>(ImmutableArray<T> set) => set.IsDefaultOrEmpty ? 0 : set.Distinct().Count();
}
