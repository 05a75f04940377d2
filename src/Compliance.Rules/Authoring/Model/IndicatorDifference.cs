namespace Compliance.Rules.Authoring.Model;

/// <summary>One part of an indicator that differs between two revisions, with its old and new value.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Part">
/// The part: a path inside the definition, such as <c>when.count.gte</c> or <c>when.count.where.any[2].is_top_level</c>
/// (thresholds and windows live under <c>when</c>; see <see cref="IndicatorDiff"/>), or <c>name</c>, <c>reason</c>,
/// <c>detail</c>, <c>max_points</c> or <c>enabled</c>.
/// </param>
/// <param name="Was">The value in the earlier revision, in the canonical text of <see cref="Indicator.Definition"/> (a list as <c>[a, b]</c>, a mapping as <c>{key: value}</c>); <c>(none)</c> when absent.</param>
/// <param name="Now">The value in the later revision, written the same way.</param>
public sealed record IndicatorDifference(string Part, string Was, string Now)
{
    /// <summary>Formats the difference as <c>part: was → now</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Part}: {Was} → {Now}";
}
