namespace Compliance.Rules.Authoring.Model;

/// <summary>One part of an indicator that differs between two revisions, with its old and new value.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Part">
/// The part: <c>applies_to</c>, <c>group</c>, <c>kind</c>, <c>points</c>, <c>when</c> (thresholds and windows live here),
/// <c>name</c>, <c>reason</c>, <c>detail</c>, <c>max_points</c> or <c>enabled</c>.
/// </param>
/// <param name="Was">The value in the earlier revision, in the canonical text of <see cref="Indicator.Definition"/>; <c>(none)</c> when absent.</param>
/// <param name="Now">The value in the later revision, written the same way.</param>
public sealed record IndicatorDifference(string Part, string Was, string Now)
{
    /// <summary>Formats the difference as <c>part: was → now</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Part}: {Was} → {Now}";
}
