using System.Collections.Immutable;
using System.Linq.Expressions;
using Compliance.Rules.Authoring.Grammar;
using Compliance.Rules.Labels;

namespace Compliance.Rules.Authoring.Model;

/// <summary>
/// A comparison operator of the rule language (<c>gte</c> is 超过(含), <c>gt</c> is 超过): its key, how it
/// tests a comparison result and how it is compiled. <see cref="All"/> is the one list of operators: the parsers, the
/// compiler and the run-time tests all read it, so an operator is added in one place.
/// </summary>
internal sealed class ComparisonOperator
{
    /// <summary>Equal to.</summary>
    public static readonly ComparisonOperator Eq = new("eq", false, new("等于。", "Equal to."), c => c == 0, Expression.Equal);

    /// <summary>Not equal to.</summary>
    public static readonly ComparisonOperator Ne = new("ne", false, new("不等于。", "Not equal to."), c => c != 0, Expression.NotEqual);

    /// <summary>Above (超过, 高于).</summary>
    public static readonly ComparisonOperator Gt = new("gt", true, new("大于：超过，不含本数。", "More than (>): 超过, the bound is excluded."), c => c > 0, Expression.GreaterThan);

    /// <summary>At or above (超过(含), 达到).</summary>
    public static readonly ComparisonOperator Gte = new("gte", true, new("大于或等于：超过(含)。", "At least (≥): 超过(含), the bound is included."), c => c >= 0, Expression.GreaterThanOrEqual);

    /// <summary>Below (低于, 不足).</summary>
    public static readonly ComparisonOperator Lt = new("lt", true, new("小于（不含本数）。", "Less than (<), the bound is excluded."), c => c < 0, Expression.LessThan);

    /// <summary>At or below (不超过).</summary>
    public static readonly ComparisonOperator Lte = new("lte", true, new("小于或等于（含本数）。", "At most (≤), the bound is included."), c => c <= 0, Expression.LessThanOrEqual);

    /// <summary>Every operator, in the order the language documents them.</summary>
    public static readonly ImmutableArray<ComparisonOperator> All = [Eq, Ne, Gt, Gte, Lt, Lte];

    private readonly Func<int, bool> _holds;
    private readonly Func<Expression, Expression, BinaryExpression> _build;

    private ComparisonOperator(string key, bool ordered, Bilingual description, Func<int, bool> holds, Func<Expression, Expression, BinaryExpression> build)
    {
        Key = key;
        Ordered = ordered;
        Description = description;
        _holds = holds;
        _build = build;
    }

    /// <summary>Gets the key written in YAML, such as <c>gte</c>.</summary>
    public string Key { get; }

    /// <summary>
    /// Gets whether the operator needs an ordered field (a number, date, time or duration); the others fit any field
    /// but a set.
    /// </summary>
    public bool Ordered { get; }

    /// <summary>Gets what the operator means, for the schemas.</summary>
    public Bilingual Description { get; }

    /// <summary>Gets the keys of the operators, in the order the language documents them.</summary>
    public static IEnumerable<string> Keys => All.Select(o => o.Key);

    /// <summary>Tests the result of a comparison of a value with a bound.</summary>
    /// <param name="comparison">Negative, zero or positive, as <see cref="IComparable{T}.CompareTo"/> returns.</param>
    /// <returns>Whether the operator holds.</returns>
    public bool Holds(int comparison) => _holds(comparison);

    /// <summary>Builds the expression that compares two operands.</summary>
    /// <param name="left">The value.</param>
    /// <param name="right">The bound.</param>
    /// <returns>The comparison.</returns>
    public Expression Build(Expression left, Expression right) => _build(left, right);

    /// <inheritdoc/>
    public override string ToString() => Key;
}
