using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Calendar;
using Compliance.Rules.Facts;
using Compliance.Rules.Grammar;
using static Compliance.Rules.Grammar.GrammarKey;
using V = Compliance.Rules.Grammar.GrammarValue;

namespace Compliance.Rules.Authoring.Grammar;

/// <summary>The rule language: <c>revision.yaml</c>, its scoring, groups, selectors and report settings.</summary>
internal static partial class RuleGrammar
{
    /// <summary>The pattern of a selector's name.</summary>
    public const string SelectorNamePattern = "^[a-z][a-z0-9_]*$";

    /// <summary>The pattern of a calendar id (the name of its file without <c>.yaml</c>).</summary>
    public const string CalendarIdPattern = CalendarGrammar.IdPattern;

    /// <summary>A revision's <c>revision.yaml</c>.</summary>
    public static readonly MappingGrammar Revision = new(
        "revision",
        "a revision",
        new("规则修订版的 revision.yaml：元数据、计分方法和指标组。指标在 indicators/*.yaml 中。有 extends 时为叠加版：只写与基础版不同的键。详见 rules/README.md。", "The revision.yaml of a rule-set revision: metadata, scoring method and indicator groups. The indicators are in indicators/*.yaml. With extends it is an overlay that writes only the keys that differ from its base. See rules/README.md."),
        [
            Of("id", new V.Text(1), "修订版标识，如 gb-2019；通常与文件夹名相同（extends 按文件夹名查找）。", "The revision id, such as gb-2019; usually the folder's name (extends finds revisions by folder name).", KeyPresence.Required),
            Of("title", new V.Text(), "标题，如 政府网站与政务新媒体检查指标。", "The title, such as 政府网站与政务新媒体检查指标.", KeyPresence.RequiredUnlessOverlay),
            Of("document", new V.Text(), "发文文号，如 国办秘函〔2019〕19号。", "The issuing document, such as 国办秘函〔2019〕19号.", KeyPresence.RequiredUnlessOverlay),
            Of("issuer", new V.Text(), "发文机关（可选）。", "The issuing body (optional)."),
            Of("effective_from", new V.Date(), "施行日期，如 2019-04-18；按监测时间点选用修订版时使用。", "The date it is in force from, such as 2019-04-18; used to pick the revision for an as-of date.", KeyPresence.RequiredUnlessOverlay),
            Of("calendar", new V.Pattern(CalendarIdPattern, ["cn", "cn-xj"]), "工作日日历标识：内置 cn（全国）、cn-xj（新疆），或修订版文件夹旁 calendars/ 中的日历。", "The working-day calendar id: the built-in cn (national) or cn-xj (Xinjiang), or a calendar in a calendars/ folder beside the revision folder.", KeyPresence.RequiredUnlessOverlay),
            Of("extends", new V.Text(1), "所叠加的基础修订版：先找同级文件夹，再找内置修订版。本文件与基础版的 revision.yaml 按键深度合并。", "The base revision this overlays: a sibling folder first, then a built-in revision. This file is merged onto the base's revision.yaml key by key."),
            Of("jurisdiction", new V.Text(), "适用地域，默认 national。", "The jurisdiction; national by default."),
            Of("note", new V.Text(), "备注。", "A note."),
            Of("report", new V.Mapping("report"), "报告设置：得分表列哪些网站，摘要统计哪些留言及何为按期答复。", "What reports show beyond verdicts and scores: which websites the score table lists, which messages the summary counts and which findings make them overdue."),
            Of("scoring", new V.Mapping("scoring"), "计分方法。", "The scoring method.", KeyPresence.RequiredUnlessOverlay),
            Of(Loading.RevisionSugar.SelectorsKey, new V.Named(new V.Construct(ConstructKind.Applicability), SelectorNamePattern, [.. SubjectKinds], ReplacedWhole: true), "命名选择器：一次定义、处处引用的适用对象，如 portal: { subject: website, where: { is_portal: true } }；applies_to、scored、bonus_eligible 等处可直接写名称。叠加版重新定义的选择器整体替换基础版的同名选择器。", "Named selectors: applicabilities defined once and used by name, such as portal: { subject: website, where: { is_portal: true } }; applies_to, scored, bonus_eligible and the like take the name. A selector an overlay defines replaces the base's of that name whole."),
            Of(Parsing.WarnAheadParser.Key, new V.Mapping("warnAhead"), "修订版默认提前多久预警（指标或组未写时），如 { calendar_days: 7 }；未写时为 7 个自然日。", "How far ahead the revision's changes are announced when an indicator or its group does not say, such as { calendar_days: 7 }; 7 calendar days when left out."),
            Of("not_checked", new V.ListOf(new V.Mapping("notChecked")), "不纳入检查的对象（如已关停账号）：报告中单列，不计入检查数和合格率。", "Subjects the revision does not inspect (such as closed accounts): reported apart, not counted as checked or in pass rates."),
            Of("groups", new V.ListOf(new V.Mapping("group")), "指标组（一级指标）。叠加版按 id 合并：只写要改的组和键。", "The indicator groups (一级指标). An overlay merges them by id: write only the groups and keys that change."),
        ]);

    /// <summary>The scoring method (<c>scoring:</c>).</summary>
    public static readonly MappingGrammar Scoring = new(
        "scoring",
        "the scoring parameters",
        new("计分方法：单项否决即不合格；否则 base 减去扣分（每个指标以其分值为上限，每组以组上限为上限），低于 fail_below 为不合格，高于 bonus_above 的 bonus_eligible 对象另计加分（以 bonus_max 为上限）。", "The scoring method: a veto fails the subject; otherwise deductions are taken from base (each indicator capped at its points, each group at its max), a score below fail_below fails, and bonus_eligible subjects above bonus_above add their bonuses (capped at bonus_max)."),
        [
            Of("base", new V.Number(0), "基础分，如 100：扣分从此扣起。", "The base score, such as 100, that deductions are taken from.", KeyPresence.RequiredUnlessOverlay),
            Of("fail_below", new V.Number(0), "不合格线，如 60：扣分后得分低于此值（<，不含）为不合格。不得高于 base。", "The fail gate, such as 60: a score below it (<, 60 itself passes) fails. Not above base.", KeyPresence.RequiredUnlessOverlay),
            Of("bonus_above", new V.Number(0), "加分线，如 80：得分高于此值（>，不含）且属于 bonus_eligible 时才计加分。", "The bonus gate, such as 80: bonuses count only for a bonus_eligible subject whose score is above it (>, 80 itself gets none).", KeyPresence.RequiredUnlessOverlay),
            Of("bonus_max", new V.Number(0), "加分上限，如 30（加分合计的最高值）。", "The bonus cap, such as 30: the most the bonuses together add.", KeyPresence.RequiredUnlessOverlay),
            Of("scored", new V.OneOrList(new V.Construct(ConstructKind.Applicability)), "计分的对象（一个或一组适用对象）。未列出的对象只检查单项否决，不计分。", "The subjects that are scored (one applicability or a list). Others are judged on vetoes alone, with no score."),
            Of("bonus_eligible", new V.OneOrList(new V.Construct(ConstructKind.Applicability)), "可以加分的对象，如政府门户网站。", "The subjects that can earn bonuses, such as portals."),
            Of("without_external_services", new V.Mapping("rescaling"), "无对外服务职能对象的换算计分（可选）。", "Rescaled scoring for subjects without external services (optional)."),
        ]);

    /// <summary>The rescaled scoring of subjects without external services (<c>scoring.without_external_services</c>).</summary>
    public static readonly MappingGrammar Rescaling = new(
        "rescaling",
        "'without_external_services'",
        new("无对外服务职能的对象：不计 excluded_groups 中的组，得分 = (base − 扣分) × scale，如 (75 − 扣分) × 4/3。", "Subjects without external services: the excluded_groups do not count and the score is (base − deductions) × scale, such as (75 − deductions) × 4/3."),
        [
            Of("applies_to", new V.Construct(ConstructKind.Applicability), "哪些对象按此计分，如 { subject: website, where: { provides_external_services: false } }。", "Which subjects are scored this way, such as { subject: website, where: { provides_external_services: false } }.", KeyPresence.RequiredUnlessOverlay),
            Of("excluded_groups", new V.ListOf(new V.Text()), "不计分的组（groups 中的 id），如 [SERVICE]。", "The groups that do not count (ids from groups), such as [SERVICE].", KeyPresence.RequiredUnlessOverlay),
            Of("base", new V.Number(0), "换算前的基础分，如 75。", "The base before rescaling, such as 75.", KeyPresence.RequiredUnlessOverlay),
            Of("scale", new V.Either([new V.Number(0, ExclusiveMinimum: true), new V.Pattern(@"^\s*[0-9]+(\.[0-9]+)?\s*(/\s*[0-9]+(\.[0-9]+)?\s*)?$", [])]), "换算系数：正数或分数，如 4/3。", "The scale: a positive number or a fraction such as 4/3.", KeyPresence.RequiredUnlessOverlay),
        ]);

    /// <summary>One kind of subject the revision does not inspect (an item of <c>not_checked</c>).</summary>
    public static readonly MappingGrammar NotChecked = new(
        "notChecked",
        "a 'not_checked' entry",
        new("一类不纳入检查的对象及其原因。", "One kind of subject the revision does not inspect, and why."),
        [
            Of("applies_to", new V.Construct(ConstructKind.Applicability), "哪些对象不纳入检查，如 { subject: new_media, where: { status: 关停 } }。", "Which subjects are not inspected, such as { subject: new_media, where: { status: 关停 } }.", KeyPresence.Required),
            Of("reason", new V.Text(), "原因，显示在报告中，如 账号已关停，不纳入检查。", "Why, shown in reports, such as 账号已关停，不纳入检查.", KeyPresence.Required),
        ]);

    /// <summary>An indicator group, 一级指标 (an item of <c>groups</c>).</summary>
    public static readonly MappingGrammar Group = new(
        "group",
        "a group",
        new("指标组（一级指标）：组内扣分（加分）合计以 max 为上限。", "An indicator group (一级指标): the total of its deductions (or bonuses) is capped at max."),
        [
            Of("id", new V.Text(), "组标识，指标的 group 引用它；叠加版按 id 修改基础版的组。", "The group's id, which indicators name in group; an overlay changes a base group by its id.", KeyPresence.Required),
            Of("name", new V.Text(), "组名称，如 发布解读。", "The group's name, such as 发布解读.", KeyPresence.RequiredUnlessOverlay),
            Of("kind", new V.Choice(RuleChoices.GroupKinds), "组内指标的种类：deduction（扣分）或 bonus（加分）。", "The kind of the group's indicators: deduction or bonus.", KeyPresence.RequiredUnlessOverlay),
            Of("max", new V.Number(0), "组内分值合计的上限（该一级指标的分值）。", "The cap on the group's total (the 一级指标's points).", KeyPresence.RequiredUnlessOverlay),
            Of(Loading.RevisionSugar.DefaultsKey, new V.Mapping("groupDefaults"), "组内指标的默认值：指标未写的键取此处的值，叠加版改一处即改全组。", "The defaults of the group's indicators: an indicator takes each key it does not write from here, so an overlay changes a whole group in one place."),
        ]);

    /// <summary>The defaults a group gives its indicators (<c>defaults:</c> of a group).</summary>
    public static readonly MappingGrammar GroupDefaults = new(
        "groupDefaults",
        "a group's defaults",
        new("组内指标的默认值。", "The defaults of a group's indicators."),
        [
            Of("applies_to", new V.Construct(ConstructKind.Applicability), "组内指标默认的适用对象，常写选择器名称。", "The default applicability of the group's indicators, usually a selector name."),
            Of("kind", new V.Choice(RuleChoices.IndicatorKinds), "组内指标默认的种类。", "The default kind of the group's indicators."),
            Of("provenance", new V.Choice(RuleChoices.Provenances), "组内指标默认的依据可靠程度：confirmed、transcribed 或 derived。", "The default provenance of the group's indicators: confirmed, transcribed or derived."),
            Of("verified", new V.Flag(), "旧写法（已弃用，警告 CR2101）：组内指标默认是否已核对。", "The old form (deprecated, warning CR2101): whether the group's indicators are verified by default."),
            Of("source", new V.Text(), "组内指标默认的出处。", "The default source of the group's indicators."),
            Of("enabled", new V.Flag(), "组内指标默认是否启用。", "Whether the group's indicators are enabled by default."),
            Of(Loading.RevisionSugar.JudgedByKey, new V.Choice(RuleChoices.JudgedBy), "组内指标默认由检查人员判定（写了 when 或 any 的指标除外）。", "The group's indicators are judged by an inspector by default (except those that write when or any)."),
            Of("points", new V.Mapping("points", Partial: true), "组内指标默认的分值与上限。", "The default points and cap of the group's indicators."),
            Of(Parsing.WarnAheadParser.Key, new V.Mapping("warnAhead"), "组内指标默认提前多久预警。", "How far ahead the group's indicators are announced by default."),
        ]);

    /// <summary>The report settings (<c>report:</c>).</summary>
    public static readonly MappingGrammar Report = new(
        "report",
        "the report settings",
        new("报告设置。", "The report settings."),
        [
            Of("score_table", new V.Choice(RuleChoices.ScoreTables), "得分表列出的网站：scored 为全部计分网站（默认），with_bonus 为获得加分的网站（兵团通报的附件2即如此）。", "Which websites the score table lists: scored, every scored website (the default), or with_bonus, those that earned a bonus (as the 兵团 notice's attachment 2 does)."),
            Of("messages", new V.ListOf(new V.Mapping("messageLine")), "摘要中的留言统计，每个渠道一行。", "The lines of the message summary, one per channel."),
        ]);

    /// <summary>One line of the message summary (an item of <c>report.messages</c>).</summary>
    public static readonly MappingGrammar MessageLine = new(
        "messageLine",
        "a message summary line",
        new("留言统计的一行：一个渠道及其逾期指标。", "One line of the message summary: a channel and the indicators that make its messages overdue."),
        [
            Of("channel", new V.Category(typeof(MessageChannel)), "统计的留言渠道。", "The channel whose messages are counted.", KeyPresence.Required),
            Of("overdue", new V.OneOrList(new V.Text(1)), "其违规记录即为逾期留言的指标 id（逾期答复或截至核查日期超期未答复）。", "The ids of the indicators whose findings are overdue messages (answered late, or still unanswered past the deadline at the as-of date).", KeyPresence.Required),
        ]);

    private static IEnumerable<string> SubjectKinds => Enum.GetValues<SubjectKind>().Select(FactCatalog.NameOf);
}
