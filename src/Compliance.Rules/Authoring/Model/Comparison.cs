namespace Compliance.Rules.Authoring.Model;

/// <summary>A comparison of a measured number with a threshold, e.g. <c>gte: 5</c>.</summary>
/// <param name="Operator">The operator.</param>
/// <param name="Threshold">The threshold.</param>
internal sealed record Comparison(ComparisonOperator Operator, decimal Threshold)
{
    /// <summary>Gets the YAML keys of the operators.</summary>
    public static readonly IReadOnlyDictionary<string, ComparisonOperator> Keys = ComparisonOperator.All.ToDictionary(o => o.Key, StringComparer.Ordinal);

    /// <summary>Tests a measured value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether the comparison holds.</returns>
    public bool Holds(decimal value) => Operator.Holds(value.CompareTo(Threshold));

    /// <summary>Gets the YAML key of the operator.</summary>
    public string Key => Operator.Key;
}
