namespace Compliance.Rules.Authoring.Model;

/// <summary>One part of an indicator that differs between two revisions, with its old and new value.</summary>
/// <remarks>Built only by <see cref="IndicatorDiff"/>. This type is immutable and thread-safe.</remarks>
public sealed class IndicatorDifference
{
    internal IndicatorDifference(string part, string was, string now)
    {
        Part = part;
        Was = was;
        Now = now;
    }

    /// <summary>
    /// Gets the part: a path inside the definition, such as <c>when.count.gte</c> or
    /// <c>when.count.where.any[2].is_top_level</c> (thresholds and windows live under <c>when</c>; see
    /// <see cref="IndicatorDiff"/>), or <c>name</c>, <c>reason</c>, <c>detail</c>, <c>max_points</c> or <c>enabled</c>.
    /// </summary>
    public string Part { get; }

    /// <summary>
    /// Gets the value in the earlier revision, in the canonical text of the indicator's definition (a list as <c>[a, b]</c>,
    /// a mapping as <c>{key: value}</c>); <c>(none)</c> when absent.
    /// </summary>
    public string Was { get; }

    /// <summary>Gets the value in the later revision, written the same way.</summary>
    public string Now { get; }

    /// <summary>Formats the difference as <c>part: was → now</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Part}: {Was} → {Now}";
}
