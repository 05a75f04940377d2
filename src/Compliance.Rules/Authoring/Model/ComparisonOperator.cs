namespace Compliance.Rules.Authoring.Model;

/// <summary>A comparison with an explicit bound: <c>gte</c> is 超过(含), <c>gt</c> is 超过.</summary>
internal enum ComparisonOperator
{
    Eq,
    Ne,
    Gt,
    Gte,
    Lt,
    Lte,
}
