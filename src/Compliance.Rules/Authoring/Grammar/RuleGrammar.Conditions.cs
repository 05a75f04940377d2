using System.Collections.Frozen;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Grammar;
using Compliance.Rules.Labels;
using static Compliance.Rules.Grammar.GrammarKey;
using V = Compliance.Rules.Grammar.GrammarValue;

namespace Compliance.Rules.Authoring.Grammar;

/// <summary>The rule language: conditions, selections of facts, filters, elapsed-time tests, field tests and time windows.</summary>
internal static partial class RuleGrammar
{
    /// <summary>The forms of a condition that select facts and measure them, with the mapping each is written with.</summary>
    public static readonly FrozenDictionary<string, AggregateKind> AggregateForms = new Dictionary<string, AggregateKind>(StringComparer.Ordinal)
    {
        ["exists"] = AggregateKind.Exists,
        ["none"] = AggregateKind.None,
        ["count"] = AggregateKind.Count,
        ["ratio"] = AggregateKind.Ratio,
        ["sum"] = AggregateKind.Sum,
        ["age"] = AggregateKind.Age,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The form that measures the age of the latest date, the one that takes <c>when_empty</c>.</summary>
    public const string AgeForm = "age";

    /// <summary>The form that measures a share of the selected facts, compared with a number from 0 to 1.</summary>
    public const string RatioForm = "ratio";

    /// <summary>The forms that compare what they measure with a threshold; the others take no comparison.</summary>
    public static readonly string[] ComparedForms = ["count", RatioForm, "sum", AgeForm];

    /// <summary>The forms whose threshold is a whole number.</summary>
    public static readonly string[] WholeNumberForms = ["count", AgeForm];

    /// <summary>The keys that give a condition its form; a condition has exactly one.</summary>
    public static readonly string[] ConditionForms = ["all", "subject", "each", .. AggregateForms.Keys.OrderBy(FormOrder)];

    /// <summary>A selection of facts: <c>{ of, where }</c> (<c>each</c>, <c>exists</c>, <c>none</c>, <c>count</c>).</summary>
    public static readonly MappingGrammar Selection = Selecting("selection", new("事实的选择：{ of: 类型, where: 过滤 }。", "A selection of facts: { of: Type, where: filter }."));

    /// <summary>A ratio's selection: <c>{ of, where, matching }</c>.</summary>
    public static readonly MappingGrammar RatioSelection = Selecting(
        "selection.ratio",
        new("比例 = 同时满足 matching 的事实数 ÷ 满足 where 的事实数，与一个比较（0–1 之间的数或百分数，如 5%）。没有事实时不成立。", "The ratio of facts that also pass 'matching' to the facts selected by 'where', with one comparison (a number from 0 to 1 or a percentage such as 5%). With no facts it never holds."),
        Of("matching", new V.Construct(ConstructKind.FactFilter), "比例的分子：在 where 选出的事实中，还须满足的过滤条件。", "The ratio's numerator: the filter that selected facts must also pass.", KeyPresence.Required));

    /// <summary>A sum's selection: <c>{ of, where, field }</c>.</summary>
    public static readonly MappingGrammar SumSelection = Selecting(
        "selection.sum",
        new("匹配事实的某个数值字段（field）之和，与一个比较；集合字段计其取值个数（每缺一项）。", "The sum of a number field ('field') over the matching facts, with one comparison; a set field counts its values (每缺一项)."),
        Of("field", new V.Construct(ConstructKind.SummedField), "相加的字段：数值字段，或计其取值个数的集合字段。", "The field added up: a number field, or a set field whose values are counted.", KeyPresence.Required));

    /// <summary>An age's selection: <c>{ of, where, field, in }</c>.</summary>
    public static readonly MappingGrammar AgeSelection = Selecting(
        "selection.age",
        new("匹配事实中日期字段（field）的最近值距监测时间点的时间（单位 in），与一个比较；没有日期时按 when_empty。", "The time from the latest value of a date field ('field') among the matching facts to the as-of date (in the unit 'in'), with one comparison; when no fact has a date, when_empty decides."),
        Of("field", new V.Construct(ConstructKind.DatedField), "取最近值的日期或时刻字段。", "The date or time field whose latest value is measured from.", KeyPresence.Required),
        Of("in", new V.Choice(RuleChoices.TimeUnits), "age 的计量单位。", "The unit of the age.", KeyPresence.Required));

    /// <summary>A condition (<c>when:</c>): exactly one form, a comparison for the forms that measure, and an alias.</summary>
    public static readonly MappingGrammar Condition = new(
        "condition",
        "a condition",
        new("条件：恰好一种形式 all、subject、each、exists、none、count、ratio、sum、age，聚合形式另加一个比较。", "A condition: exactly one of all, subject, each, exists, none, count, ratio, sum, age, with a comparison for the aggregates."),
        [
            Of("all", new V.ListOf(new V.Construct(ConstructKind.Condition), 1), "全部成立：条件列表，用于组合多个形式（各部分可用 as 起别名）。", "All of: a list of conditions, to combine several forms (give parts an 'as' alias)."),
            Of("subject", new V.Construct(ConstructKind.SubjectFilter), "对对象本身字段的检验，如 { provides_interaction: false }。", "A test on the subject's own fields, such as { provides_interaction: false }."),
            Of("each", new V.Mapping(Selection.Name), "每个匹配的事实各产生一条问题（按次扣分）：{ of: 类型, where: 过滤 }。不带比较。", "One finding for each matching fact (points per occurrence): { of: Type, where: filter }. Takes no comparison."),
            Of("exists", new V.Mapping(Selection.Name), "至少有一个匹配的事实：{ of, where }。不带比较。", "At least one fact matches: { of, where }. Takes no comparison."),
            Of("none", new V.Mapping(Selection.Name), "没有任何匹配的事实（如“2周内无更新”）：{ of, where }。不带比较。", "No fact matches (such as “no update within 2 weeks”): { of, where }. Takes no comparison."),
            Of("count", new V.Mapping(Selection.Name), "匹配事实的个数，与一个比较（如 gte: 5 即 超过(含)5个）。", "The number of matching facts, with one comparison (gte: 5 is 超过(含)5个)."),
            Of("ratio", new V.Mapping(RatioSelection.Name), RatioSelection.Description.Chinese, RatioSelection.Description.English),
            Of("sum", new V.Mapping(SumSelection.Name), SumSelection.Description.Chinese, SumSelection.Description.English),
            Of("age", new V.Mapping(AgeSelection.Name), AgeSelection.Description.Chinese, AgeSelection.Description.English),
            Of("as", new V.Text(), "别名：模板可用 别名.名称 取本部分的值，如 {stale.count}。", "An alias: templates reach this part's values as alias.name, such as {stale.count}."),
            Of("when_empty", new V.Flag(), "age 条件在没有任何事实有日期时是否成立（age 必填）。", "Whether an age condition holds when no fact has a date (required with age).", KeyPresence.RequiredWith, AgeForm),
            .. Comparisons(ConstructKind.Threshold),
        ],
        [Alternatives.ExactlyOne(ConditionForms), Alternatives.AtMostOne(ComparisonOperator.Keys)]);

    /// <summary>The connectives of a filter (<c>where:</c>), besides its field tests.</summary>
    public static readonly MappingGrammar Filter = new(
        "where",
        "a filter",
        new("过滤条件：字段名: 检验，全部成立；另有 any、all、not、elapsed。", "A filter: field: test, all of which must hold; plus any, all, not, elapsed."),
        [
            Of("any", new V.ListOf(new V.Construct(ConstructKind.FactFilter)), "任一成立：过滤条件的列表，至少一个成立。", "Any of: a list of filters, at least one of which must hold."),
            Of("all", new V.ListOf(new V.Construct(ConstructKind.FactFilter)), "全部成立：过滤条件的列表，每一个都须成立。", "All of: a list of filters that must all hold."),
            Of("not", new V.Construct(ConstructKind.FactFilter), "不成立：该过滤条件不成立。", "Not: the filter must not hold."),
            Of("elapsed", new V.Mapping("elapsed"), "两个日期字段之间经过的时间（to 为空时算到监测时间点）与阈值比较。", "The time elapsed between two date fields of the fact (to the as-of date when 'to' is empty), compared with a threshold."),
        ]);

    /// <summary>An elapsed-time test (<c>elapsed:</c> in a filter).</summary>
    public static readonly MappingGrammar Elapsed = new(
        "elapsed",
        "an elapsed-time test",
        new("经过时间检验，如 { from: received, to: answered, in: working_days, gt: 3 }：超过3个工作日未答复。", "An elapsed-time test such as { from: received, to: answered, in: working_days, gt: 3 }: answered more than 3 working days late."),
        [
            Of("from", new V.Construct(ConstructKind.ElapsedField), "起点：一个日期或日期时间字段。", "From: a date or date-and-time field.", KeyPresence.Required),
            Of("to", new V.Construct(ConstructKind.ElapsedField), "终点：同类的日期字段；省略或该字段为空时为监测时间点。", "To: a field holding the same kind of date; when omitted, or empty on the fact, the as-of date."),
            Of("in", new V.Choice(RuleChoices.TimeUnits), "计量单位：自然日、工作日（from < d ≤ to 的工作日 d 的个数）、月、年（与 from 加 N 个月/年比较）。", "The unit: calendar days, working days (the working days d with from < d ≤ to), months or years (compared with from plus N months or years).", KeyPresence.Required),
            .. Comparisons(ConstructKind.WholeThreshold),
        ],
        [Alternatives.ExactlyOne(ComparisonOperator.Keys)]);

    /// <summary>The operators of a field test written as a mapping (<c>published: { gte: 2024-01-01, lt: 2024-07-01 }</c>), all of which must hold.</summary>
    public static readonly MappingGrammar FieldTests = new(
        "fieldTests",
        "the tests on a field",
        new("字段检验：运算符映射，全部成立。", "A field test: a mapping of operators, all of which must hold."),
        FieldOperators.All.Select(o => new GrammarKey(o.Key, ArgumentOf(o.Argument), o.Description)));

    /// <summary>The number of values a set holds, compared (<c>size: { gte: 4 }</c>).</summary>
    public static readonly MappingGrammar Size = new(
        "size",
        "a size test",
        new("集合中不同取值的个数与一个整数比较，如 { gte: 4 }。", "The number of distinct values in a set, compared with a whole number, such as { gte: 4 }."),
        Comparisons(ConstructKind.WholeThreshold),
        [Alternatives.ExactlyOne(ComparisonOperator.Keys)]);

    /// <summary>A time window ending at the as-of date (<c>within:</c>, <c>not_within:</c>).</summary>
    public static readonly MappingGrammar Window = new(
        "window",
        "a time window",
        new("截至监测时间点的时间窗：恰好一个单位和一个正整数，如 { calendar_days: 14 }、{ months: 6 }、{ working_days: 5 }。", "A window ending at the as-of date: exactly one unit with a positive amount, such as { calendar_days: 14 }, { months: 6 } or { working_days: 5 }."),
        [
            .. RuleChoices.TimeUnits.Options.Select(u => new GrammarKey(u.Name, new V.Whole(1), new(u.Meaning!.Value.Chinese + "的个数，至少为 1。", "How many " + u.Meaning!.Value.English + ", at least 1."))),
            Of("start", new V.Choice(RuleChoices.WindowStarts), "起始日（监测时间点 − N）是否在窗内：inclusive（默认，含）或 exclusive（不含）。", "Whether the start day (as-of − N) belongs to the window: inclusive (default) or exclusive."),
        ],
        [Alternatives.ExactlyOne(RuleChoices.TimeUnits.Names)]);

    /// <summary>How far ahead a change is announced as a warning (<c>warn_ahead:</c> of a revision, group defaults or indicator).</summary>
    public static readonly MappingGrammar WarnAhead = new(
        "warnAhead",
        "'warn_ahead'",
        new("提前多久预警：恰好一个单位和一个正整数，如 { calendar_days: 3 }（变化日前3天起）或 { working_days: 1 }（剩1个工作日起）。", "How far ahead a change is announced: exactly one unit with a positive amount, such as { calendar_days: 3 } (from 3 days before the change) or { working_days: 1 } (from when 1 working day is left)."),
        [.. RuleChoices.WarnAheadUnits.Options.Select(u => new GrammarKey(u.Name, new V.Whole(1), new(u.Meaning!.Value.Chinese + "的个数，至少为 1。", "How many " + u.Meaning!.Value.English + ", at least 1.")))],
        [Alternatives.ExactlyOne(RuleChoices.WarnAheadUnits.Names)]);

    /// <summary>Gets the selection mapping of an aggregate form.</summary>
    /// <param name="kind">The aggregate.</param>
    /// <returns>Its mapping.</returns>
    public static MappingGrammar SelectionOf(AggregateKind kind) => kind switch
    {
        AggregateKind.Ratio => RatioSelection,
        AggregateKind.Sum => SumSelection,
        AggregateKind.Age => AgeSelection,
        _ => Selection,
    };

    private static MappingGrammar Selecting(string name, Bilingual description, params GrammarKey[] extra) => new(
        name,
        "a selection of facts",
        description,
        [
            Of("of", new V.Construct(ConstructKind.FactType), "事实类型。", "The fact type.", KeyPresence.Required),
            Of("where", new V.Construct(ConstructKind.FactFilter), "过滤条件：字段名: 检验（字段取决于 of）。省略则取该类型的全部事实。", "The filter: field: test (the fields depend on 'of'). Without it, every fact of the type about the subject."),
            .. extra,
        ]);

    private static IEnumerable<GrammarKey> Comparisons(ConstructKind threshold) =>
        ComparisonOperator.All.Select(o => new GrammarKey(o.Key, new V.Construct(threshold), o.Description));

    private static GrammarValue ArgumentOf(OperatorArgument argument) => argument switch
    {
        OperatorArgument.Values => new V.ListOf(new V.Text(), 1),
        OperatorArgument.Flag => new V.Flag(),
        OperatorArgument.Window => new V.Mapping("window"),
        OperatorArgument.WholeComparison => new V.Mapping("size"),
        _ => new V.Text(),
    };

    private static int FormOrder(string form) => (int)AggregateForms[form];
}
