using System.Linq.Expressions;
using Compliance.Rules.Facts;
using Compliance.Rules.Labels;

namespace Compliance.Rules.Authoring.Grammar;

/// <summary>
/// One operator of a field test in a filter (<c>last_updated: { not_within: { months: 6 } }</c>): its key, what it means,
/// which fields it fits, what is written after it, what it gives for an empty field and how it is compiled. The parser,
/// the compiler, the generated schemas and the error that lists what a field takes all read <see cref="FieldOperators.All"/>,
/// so an operator is added with one entry there.
/// </summary>
/// <param name="Key">The key written in YAML, such as <c>within</c>.</param>
/// <param name="Description">What it means, for the schemas.</param>
/// <param name="Fits">Whether it fits a field (CR2003 otherwise).</param>
/// <param name="Argument">What is written after the key.</param>
/// <param name="WhenEmpty">
/// What the test gives for a field without a value, which <see cref="Build"/> then never sees; <see langword="null"/> when
/// the operator tests the emptiness itself (<c>present</c>) and is built over the field as it is.
/// </param>
/// <param name="Build">Builds the test over the field's value.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
internal sealed record FieldOperator(
    string Key,
    Bilingual Description,
    Func<FactField, bool> Fits,
    OperatorArgument Argument,
    bool? WhenEmpty,
    Func<FieldTestTerms, Expression> Build)
{
    /// <inheritdoc/>
    public override string ToString() => Key;
}

/// <summary>What a field operator is followed by.</summary>
internal enum OperatorArgument
{
    /// <summary>A value the field can hold (<c>gte: 2024-01-01</c>).</summary>
    Value,

    /// <summary>A non-empty list of values the field (or, for a set, its elements) can hold (<c>in: [通知公告, 政策文件]</c>).</summary>
    Values,

    /// <summary><c>true</c> or <c>false</c> (<c>present: false</c>).</summary>
    Flag,

    /// <summary>A time window ending at the as-of date (<c>within: { calendar_days: 14 }</c>).</summary>
    Window,

    /// <summary>One comparison with a whole number (<c>size: { gte: 4 }</c>).</summary>
    WholeComparison,
}

/// <summary>What a field operator's test is built from.</summary>
/// <param name="Field">The field.</param>
/// <param name="Value">
/// The field's value: never empty when the operator says what an empty field gives (<see cref="FieldOperator.WhenEmpty"/>),
/// otherwise the field's property as it is.
/// </param>
/// <param name="Argument">What the rule wrote after the key, as read: the value, the values, the flag, the window or the comparison.</param>
/// <param name="InWindow">Builds the test that a date or time value lies in a window ending at the as-of date.</param>
internal sealed record FieldTestTerms(FactField Field, Expression Value, object Argument, Func<Model.Window, Expression, Expression> InWindow);
