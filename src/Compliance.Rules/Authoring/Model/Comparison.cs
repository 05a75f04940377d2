namespace Compliance.Rules.Authoring.Model;

/// <summary>A comparison of a measured number with a threshold, e.g. <c>gte: 5</c>.</summary>
/// <param name="Operator">The operator.</param>
/// <param name="Threshold">The threshold.</param>
internal sealed record Comparison(ComparisonOperator Operator, decimal Threshold)
{
    /// <summary>Gets the YAML keys of the operators.</summary>
    public static readonly IReadOnlyDictionary<string, ComparisonOperator> Keys = new Dictionary<string, ComparisonOperator>(StringComparer.Ordinal)
    {
        ["eq"] = ComparisonOperator.Eq,
        ["ne"] = ComparisonOperator.Ne,
        ["gt"] = ComparisonOperator.Gt,
        ["gte"] = ComparisonOperator.Gte,
        ["lt"] = ComparisonOperator.Lt,
        ["lte"] = ComparisonOperator.Lte,
    };

    /// <summary>Tests a measured value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether the comparison holds.</returns>
    public bool Holds(decimal value) => Operator switch
    {
        ComparisonOperator.Eq => value == Threshold,
        ComparisonOperator.Ne => value != Threshold,
        ComparisonOperator.Gt => value > Threshold,
        ComparisonOperator.Gte => value >= Threshold,
        ComparisonOperator.Lt => value < Threshold,
        ComparisonOperator.Lte => value <= Threshold,
        _ => throw new InvalidOperationException(Operator.ToString()),
    };

    /// <summary>Gets the YAML key of the operator.</summary>
    public string Key => Keys.First(k => k.Value == Operator).Key;
}
