using Compliance.Rules.Authoring.Model;

namespace Compliance.Rules.Authoring.Parsing;

/// <summary>
/// The groups of keys of the rule language of which a mapping holds exactly one: a condition's shape (<c>count</c>,
/// <c>ratio</c>…), a window's unit (<c>calendar_days</c>, <c>months</c>…), the style of points (<c>per_occurrence</c>…),
/// and the comparison of a condition or an <c>elapsed</c> test (<c>gte</c>, <c>gt</c>…). An overlay that writes one key of a
/// group replaces the base's key of that group.
/// </summary>
/// <remarks>
/// Comparisons are exclusive only in a condition (a mapping with a shape key) and in an <c>elapsed</c> test (a mapping
/// with <c>from</c>): a field's own tests may hold a range such as <c>{ gte: 2024-01-01, lte: 2024-06-30 }</c>, where an
/// overlay's <c>lte</c> changes the upper bound and keeps the lower one.
/// </remarks>
internal static class ExclusiveKeys
{
    private static readonly IReadOnlySet<string> Shapes = ConditionParser.ShapeKeys.ToHashSet(StringComparer.Ordinal);

    private static readonly (IReadOnlySet<string> Members, Func<IReadOnlyCollection<string>, bool> AppliesTo)[] Groups =
    [
        (Shapes, _ => true),
        (WindowParser.Units.Keys.ToHashSet(StringComparer.Ordinal), _ => true),
        (PointsParser.Styles.ToHashSet(StringComparer.Ordinal), _ => true),
        (Comparison.Keys.Keys.ToHashSet(StringComparer.Ordinal), keys => keys.Contains("from") || keys.Any(Shapes.Contains)),

        // An indicator is measured from facts (when) or judged by an inspector (judged_by): an override of one replaces the other.
        (new HashSet<string>(["when", Loading.RevisionSugar.JudgedByKey], StringComparer.Ordinal), keys => keys.Contains("when") || keys.Contains(Loading.RevisionSugar.JudgedByKey)),
    ];

    /// <summary>Gets the keys of a base mapping that an overlay's key replaces: the other members of its group.</summary>
    /// <param name="key">The key the overlay writes.</param>
    /// <param name="baseKeys">The keys of the base mapping.</param>
    /// <returns>The base keys that the overlay's key replaces.</returns>
    public static IEnumerable<string> ReplacedBy(string key, IReadOnlyCollection<string> baseKeys) =>
        Groups
            .Where(g => g.Members.Contains(key) && g.AppliesTo(baseKeys))
            .SelectMany(g => g.Members)
            .Where(k => k != key && baseKeys.Contains(k));
}
