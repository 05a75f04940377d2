using Compliance.Rules.Grammar;

using static Compliance.Rules.Grammar.GrammarKey;
using V = Compliance.Rules.Grammar.GrammarValue;

namespace Compliance.Rules.Authoring.Grammar;

/// <summary>The rule language: indicator files, indicators, overrides, sub-rules, caps for some subjects, samples and points.</summary>
internal static partial class RuleGrammar
{
    /// <summary>The kinds of indicator that take no points (a veto fails the subject, a notice is only reported).</summary>
    public static readonly string[] UnscoredKinds = ["veto", "notice"];

    /// <summary>An indicator file (<c>indicators/*.yaml</c>).</summary>
    public static readonly MappingGrammar IndicatorFile = new(
        "indicatorFile",
        "an indicator file",
        new("修订版 indicators/ 文件夹中的指标文件：indicators 为新指标；overrides 修改所扩展的基础版中的指标（仅用于有 extends 的修订版）。详见 rules/README.md。", "An indicator file of a revision's indicators/ folder: 'indicators' defines new indicators; 'overrides' changes indicators of the base revision (only in a revision with extends). See rules/README.md."),
        [
            Of("indicators", new V.ListOf(new V.Mapping("indicator")), "指标列表，每项以 - id: 开头。", "The indicators, each item starting with '- id:'."),
            Of("overrides", new V.ListOf(new V.Mapping("override")), "对基础版指标的修改（修订版须有 extends）。", "Changes to the base revision's indicators (the revision must have extends)."),
        ]);

    /// <summary>One indicator.</summary>
    public static readonly MappingGrammar Indicator = new(
        "indicator",
        "an indicator",
        new("一个指标。", "One indicator."),
        [
            Of("id", new V.Text(), "指标编号，在修订版（含其基础版）中唯一，如 X-V4a。", "The indicator id, unique within the revision and its bases, such as X-V4a.", KeyPresence.Required),
            Of("name", new V.Text(), "指标名称，如 栏目不更新。", "The indicator's name, such as 栏目不更新.", KeyPresence.Required),
            Of("kind", new V.Choice(RuleChoices.IndicatorKinds), "种类：veto（单项否决）、deduction（扣分）、bonus（加分）、notice（提示：通报并计数，不计分、不影响结论，不写分值）；可取自组的 defaults。", "The kind: veto (单项否决), deduction (扣分), bonus (加分) or notice (提示: reported and counted, never scored and never changing a verdict; no points); may come from its group's defaults.", KeyPresence.RequiredAfterDefaults),
            Of("group", new V.Text(), "所属指标组（revision.yaml 中 groups 的 id），组的 kind 须与指标相同。", "The group (an id from revision.yaml's groups); the group's kind must match."),
            Of("applies_to", new V.Construct(ConstructKind.Applicability), "适用对象：website、new_media、supervisor、选择器名称，或 { subject, where }；可取自组的 defaults。", "Which subjects it applies to: website, new_media, supervisor, a selector's name, or { subject, where }; may come from its group's defaults.", KeyPresence.RequiredAfterDefaults),
            Of("when", new V.Construct(ConstructKind.Condition), "何时构成问题（加分指标为何时得分）：一个条件。", "When the indicator is violated (for a bonus: earned): one condition.", KeyPresence.RequiredWithout, Parsing.SubRuleParser.AnyKey),
            Of(Parsing.SubRuleParser.AnyKey, new V.ListOf(new V.Mapping("subRule"), 1), "分条细则：指标的任一细则成立即触发，每条细则有自己的条件、分值和原因，合计受指标的 points: { max } 封顶；与 when、judged_by 二选一。", "Numbered sub-rules: the indicator fires when any of them holds, each with its own condition, points and reason, capped together by the indicator's points: { max }; instead of when or judged_by."),
            Of(Loading.RevisionSugar.JudgedByKey, new V.Choice(RuleChoices.JudgedBy), "由检查人员判定：指标的条件是为它记录的人工检查结果（每条一次，次数和说明由检查人员填写），不写 when。", "Judged by an inspector: the row's condition is the inspector findings recorded for it (one firing each, with the occurrences and note the inspector gives); write no when."),
            Of("points", new V.Mapping("points"), "分值与上限。", "Points and cap."),
            Of(Parsing.IndicatorParser.CapForKey, new V.ListOf(new V.Mapping("capFor"), 1), "对部分对象另定的上限：第一个适用的替代 points 的 max，如 国务院部门门户网站 最多扣4分。", "Caps for some subjects: the first that applies replaces the max of points, such as at most 4 for the portals of 国务院部门."),
            Of(Parsing.IndicatorParser.SampleKey, new V.OneOrList(new V.Mapping("sample")), "指标读取的抽查样本及其最大数量：一个 { of, where, at_most } 或其列表。", "The samples the indicator reads and the most each holds: one { of, where, at_most } or a list of them."),
            Of("reason", new V.Template(), "问题描述模板（必填），如 超{threshold}天未更新。", "The reason template (required), such as 超{threshold}天未更新.", KeyPresence.RequiredWithout, Parsing.SubRuleParser.AnyKey),
            Of("detail", new V.Template(), "详细说明模板（可选），如 {latest.published+1d:M月d日}起未更新。", "The detail template (optional), such as {latest.published+1d:M月d日}起未更新."),
            Of("warn", new V.Template(), "预警措辞模板（可选），可用 {days}、{date}、{working_days} 等，如 距超14天未更新还有{days}天（{date:M月d日}起不合格）；未写时用默认措辞。", "The warning template (optional), which may use {days}, {date}, {working_days} and the like, such as 距超14天未更新还有{days}天（{date:M月d日}起不合格）; a default wording otherwise."),
            Of(Parsing.WarnAheadParser.Key, new V.Mapping("warnAhead"), "本指标提前多久预警，如 { calendar_days: 3 }；未写时取组的 defaults，再取修订版的 warn_ahead。", "How far ahead this indicator's changes are announced, such as { calendar_days: 3 }; otherwise its group's defaults, then the revision's warn_ahead."),
            Of("source", new V.Text(), "出处：文件、部分和条款，如 国办秘函〔2019〕19号 单项否决指标 4(1)；可取自组的 defaults。", "Where it comes from: document, part and clause, such as 国办秘函〔2019〕19号 单项否决指标 4(1); may come from its group's defaults.", KeyPresence.RequiredAfterDefaults),
            Of("provenance", new V.Choice(RuleChoices.Provenances), "依据的可靠程度：confirmed（经引用正式文本的来源核对）、transcribed（据忠实转录的表格）、derived（推定）；validate 按此计数。", "How far it rests on the official text: confirmed (by a source citing it), transcribed (from a faithful copy of the table) or derived; validate counts indicators by it.", KeyPresence.RequiredWithout, "verified"),
            Of("verified", new V.Flag(), "旧写法（已弃用，给出警告 CR2101）：true 读作 provenance: confirmed，false 读作 derived。", "The old form (deprecated, warning CR2101): true reads as provenance: confirmed, false as derived."),
            Of("enabled", new V.Flag(), "是否启用（默认 true）。叠加版用 enabled: false 停用基础版的指标。", "Whether it is evaluated (default true). An overlay disables a base indicator with enabled: false."),
            Of("note", new V.Text(), "备注。", "A note."),
        ],
        [Alternatives.AtMostOne(["when", Loading.RevisionSugar.JudgedByKey, Parsing.SubRuleParser.AnyKey])]);

    /// <summary>A change to an indicator of the base revision (an item of <c>overrides</c>): an indicator's keys, all optional but <c>id</c>.</summary>
    public static readonly MappingGrammar Override = Indicator.PatchOf(
        "override",
        "an override",
        new("对基础版指标的修改：id 指明指标，其余键与基础版按键深度合并（映射合并，其他值替换），如 { id: X-V4a, when: { gte: 6 } } 或 { id: X, enabled: false }。", "A change to a base indicator: id names it, the other keys are merged onto the base's key by key (mappings merge, other values replace), such as { id: X-V4a, when: { gte: 6 } } or { id: X, enabled: false }."),
        key => key.Name switch
        {
            "id" => key with { Description = new("要修改的基础版指标编号。", "The id of the base indicator to change.") },
            Loading.RevisionSugar.JudgedByKey => key with { Description = new("改为由检查人员判定（替换基础版的 when）。", "Make the row judged by an inspector (replaces the base's when).") },
            _ => key with { Presence = KeyPresence.Optional },
        });

    /// <summary>One numbered sub-rule of an indicator (an item of <c>any</c>).</summary>
    public static readonly MappingGrammar SubRule = new(
        "subRule",
        "a sub-rule",
        new("指标的一条细则（any 的一项）：编号、条件（when 或 judged_by: inspector）、分值（未写 max 时以指标上限封顶）、原因与说明（未写时沿用指标的）。", "One numbered sub-rule of an indicator (an item of any): its number, condition (when or judged_by: inspector), points (capped by the indicator when max is left out), reason and detail (the indicator's when left out)."),
        [
            Of(Parsing.SubRuleParser.RuleKey, new V.Text(), "细则编号，如 \"1\"（与官方细则的序号一致）。", "The sub-rule's number as the official text numbers it, such as \"1\".", KeyPresence.Required),
            Of("text", new V.Text(), "细则原文。", "The sub-rule's official text."),
            Of("applies_to", new V.Construct(ConstructKind.Applicability), "细则另行限定的适用对象（须在指标的适用对象之内，两者同时成立）。", "The subjects the sub-rule is narrowed to (within the indicator's: both must hold)."),
            Of("when", new V.Construct(ConstructKind.Condition), "细则何时成立：一个条件。", "When the sub-rule holds: one condition."),
            Of(Loading.RevisionSugar.JudgedByKey, new V.Choice(RuleChoices.JudgedBy), "由检查人员判定；一个指标有多条人工细则时，人工检查结果用 rule 字段注明细则。", "Judged by an inspector; when an indicator has more than one judged sub-rule, the inspector's finding names its rule."),
            Of("points", new V.Mapping("points", Partial: true), "细则的分值；未写 max 时以指标的上限封顶。", "The sub-rule's points; without max, the indicator's cap applies."),
            Of("reason", new V.Template(), "细则的原因模板（未写时沿用指标的 reason）。", "The sub-rule's reason template (the indicator's when left out)."),
            Of("detail", new V.Template(), "细则的说明模板（未写时沿用指标的 detail）。", "The sub-rule's detail template (the indicator's when left out)."),
            Of("warn", new V.Template(), "细则的预警措辞模板（未写时沿用指标的 warn）。", "The sub-rule's warning template (the indicator's when left out)."),
            Of("note", new V.Text(), "备注。", "A note."),
        ],
        [Alternatives.ExactlyOne(["when", Loading.RevisionSugar.JudgedByKey])]);

    /// <summary>A cap for some subjects (an item of <c>cap_for</c>).</summary>
    public static readonly MappingGrammar CapFor = new(
        "capFor",
        "a cap for some subjects",
        new("对部分对象另定的上限。", "A cap for some subjects."),
        [
            Of("applies_to", new V.Construct(ConstructKind.Applicability), "这些对象（常写选择器名称）。", "The subjects (usually a selector name).", KeyPresence.Required),
            Of("max", new V.Number(0), "这些对象的上限。", "The cap for them.", KeyPresence.Required),
        ]);

    /// <summary>A sample an indicator reads (<c>sample</c>, or an item of its list).</summary>
    public static readonly MappingGrammar Sample = new(
        "sample",
        "a sample",
        new("一个抽查样本：{ of, where, at_most }。", "One sample: { of, where, at_most }."),
        [
            Of("of", new V.Construct(ConstructKind.FactType), "样本的事实类型。", "The fact type of the sample.", KeyPresence.Required),
            Of("where", new V.Construct(ConstructKind.FactFilter), "哪些事实属于该样本（不含时间窗）；省略则为该类型的全部事实。", "Which facts make up the sample (no time window); without it, every fact of the type about the subject."),
            Of("at_most", new V.Whole(1), "样本最多几个（随机抽查N个）；不足N个则检查全部，多于N个为输入错误 CR3024。", "The most the sample holds (随机抽查N个); fewer are the whole population, more are input error CR3024.", KeyPresence.Required),
        ]);

    /// <summary>An indicator's points and cap (<c>points:</c>); a plain number is fixed points per finding, also the cap.</summary>
    public static readonly MappingGrammar Points = new(
        "points",
        "points",
        new("分值：一个数（每条问题固定分值，亦为上限）；或 { per_occurrence, max }、{ per_unit, unit, measure, max }、{ from_field, max }；分条细则的指标只写 { max }。单项否决和提示不写分值。", "Points: a number (fixed per finding, also the cap); or { per_occurrence, max }, { per_unit, unit, measure, max }, { from_field, max }; an indicator with sub-rules writes only { max }. A veto or a notice has no points."),
        [
            Of("per_occurrence", new V.Number(0), "每次的分值：each 条件每个事实一次；聚合条件为 分值 × 匹配个数。", "Points per occurrence: per fact of an 'each' condition; for an aggregate, points × the number of matching facts."),
            Of("per_unit", new V.Number(0), "每单位的分值：分值 × floor(measure ÷ unit)，如每 1% 扣 1 分。", "Points per unit: points × floor(measure ÷ unit), such as 1 point per 1%."),
            Of("unit", new V.Number(0, ExclusiveMinimum: true), "一个单位的大小（per_unit 用），如 0.01 表示每 1%。", "The size of one unit (with per_unit), such as 0.01 for each percent.", KeyPresence.RequiredWith, "per_unit"),
            Of("measure", new V.Choice(RuleChoices.Measures), "按哪个量计（per_unit 用）：count、ratio、sum、age。", "What is measured (with per_unit): count, ratio, sum or age.", KeyPresence.RequiredWith, "per_unit"),
            Of("from_field", new V.Construct(ConstructKind.PointsField), "分值取自每个匹配事实的数值字段（须用 each 条件），如 inspector_finding 的 points。", "The points are read from a number field of each matched fact (needs an 'each' condition), such as inspector_finding's points."),
            Of("max", new V.Number(0), "指标上限：本指标各次分值之和不超过此值（不得低于 per_occurrence）；分条细则未写 max 时取指标的上限。", "The indicator's cap: the sum of its findings never exceeds it (not below per_occurrence); a sub-rule without max takes its indicator's.", KeyPresence.Required),
        ],
        [Alternatives.AtMostOne(["per_occurrence", "per_unit", "from_field"])],
        shorthand: new V.Number(0));
}
