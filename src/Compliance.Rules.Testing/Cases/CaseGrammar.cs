using System.Collections.Immutable;
using Compliance.Rules.Authoring.Grammar;
using Compliance.Rules.Authoring.Grammar.Schemas;
using Compliance.Rules.Facts;
using Compliance.Rules.Grammar;
using Compliance.Rules.Results;
using static Compliance.Rules.Grammar.GrammarKey;
using V = Compliance.Rules.Grammar.GrammarValue;

namespace Compliance.Rules.Testing;

/// <summary>
/// The regression-case files of a revision (<c>tests/*.yaml</c>): the grammar of the testing package's reader, built from
/// the core's grammar blocks and facts grammar, with the schema the generator writes from it.
/// </summary>
/// <remarks>
/// It lives beside the case reader rather than in the core's language grammar because it names what the results are
/// (verdicts, failure causes): the core's authoring stage comes before its results and may not name them.
/// </remarks>
internal static class CaseGrammar
{
    /// <summary>A case file.</summary>
    public static readonly MappingGrammar File = new(
        "caseFile",
        "a regression-case file",
        new("修订版 tests/ 文件夹中的回归用例文件：每个用例是一小批事实、一个监测时间点，以及修订版对每个对象应作出的结论。详见 rules/README.md 的“Regression cases”。", "A regression-case file of a revision's tests/ folder: each case is a small batch of facts, a monitoring time point and what the revision must decide for every subject. See \"Regression cases\" in rules/README.md."),
        [
            Of("cases", new V.ListOf(new V.Mapping("case")), "用例列表，每项以 - name: 开头。", "The cases, each item starting with '- name:'.", KeyPresence.Required),
            Of("note", new V.Text(), "文件说明（可选）。", "A note on the file (optional)."),
        ]);

    /// <summary>One case.</summary>
    public static readonly MappingGrammar Case = new(
        "case",
        "a regression case",
        new("一个用例：事实、监测时间点，以及预期结论（expect）或预期影响（impact），或两者。", "One case: facts, a monitoring time point, and the expected verdicts (expect) or the expected impact (impact), or both."),
        [
            Of("name", new V.Text(), "用例名称，在本文件中唯一；测试以 修订版/文件/名称 显示。", "The case's name, unique in the file; the test is displayed as revision/file/name.", KeyPresence.Required),
            Of("as_of", new V.Date(), "监测时间点，如 2019-06-20。", "The monitoring time point (as-of date), such as 2019-06-20.", KeyPresence.Required),
            Of("assume_complete", new V.Flag(), "是否把本用例的事实视为完整（默认 true：未列出的事实类型视为已检查且无记录）；写 false 则按开放世界读取，未采集的事实类型使依赖它的指标不检查。", "Whether the case's facts are complete (true by default: a fact type with no facts was checked and none found); false reads them in an open world, where the indicators that need a type not observed are not assessed."),
            Of("note", new V.Text(), "用例说明（可选）。", "A note on the case (optional)."),
            .. FactsGrammar.Document.Keys.Select(k => k with
            {
                Value = new V.Construct(ConstructKind.FactsSection),
                Description = new("本用例的事实，写法同事实文件：" + k.Description.Chinese, "The case's facts, as a facts document writes them: " + k.Description.English),
            }),
            Of("expect", new V.Named(new V.Mapping("expectation")), "按对象标识列出的预期结论；本用例的每个对象都须有一项，且只能是本用例的对象。", "The expected verdicts by subject id; every subject of the case needs one, and only subjects of the case may have one.", KeyPresence.RequiredWithout, "impact", "warnings"),
            Of("impact", new V.Mapping("impact"), "本修订版相对基准修订版的预期影响（compliance-rules impact）：其余对象的结论、得分和结果须不变。", "The impact this revision is expected to have against a base revision (compliance-rules impact): every other subject keeps its verdict, score and findings."),
            Of("warnings", new V.ListOf(new V.Mapping("warning")), "预期的预警（compliance-rules forecast）：监测时间点起 forecast_days 天内应给出的全部预警，须恰为这些；[] 表示没有。", "The expected warnings (compliance-rules forecast): every warning given within forecast_days of the as-of date, exactly; [] for none."),
            Of("forecast_days", new V.Whole(1, Rules.Forecasting.ForecastAnalysis.MaxDays), "预警看多少天（默认 14），须与 warnings 同写。", "How many days the warnings look ahead (14 by default); needs warnings."),
        ],
        [Alternatives.AtLeastOne(["expect", "impact", "warnings"])]);

    /// <summary>What the revision must decide for one subject of a case.</summary>
    public static readonly MappingGrammar Expectation = new(
        "expectation",
        "an expectation",
        new("一个对象的预期结论；未写的键不检查（verdict 与 violations 除外）。", "What the revision must decide for one subject; a key left out is not checked (but verdict and violations)."),
        [
            Of("verdict", new V.Category(typeof(Verdict), new("结论", "A verdict")), "结论：合格或不合格。", "The verdict: 合格 or 不合格.", KeyPresence.Required),
            Of("failure_cause", new V.Category(typeof(FailureCause), new("不合格原因", "A failure cause")), "不合格原因：无、单项否决或得分低于合格线（不写则不检查）。", "Why the subject failed: 无, 单项否决 or 得分低于合格线 (not checked when left out)."),
            Of("violations", IndicatorIds, "对象触发的否决和扣分指标的完整集合；无则写 []。不计入得分的扣分也列出（被否决的对象、无对外服务职能而不计的组）。", "The exact set of veto and deduction indicators the subject violates; [] for none. Deductions that do not count are listed too (a vetoed subject's, a group left out for a subject without external services).", KeyPresence.Required),
            Of("bonuses", IndicatorIds, "触发的加分指标的完整集合（未达加分线时也列出；不写则不检查）。", "The exact set of bonus indicators that fired (also below the bonus gate; not checked when left out)."),
            Of("notices", IndicatorIds, "触发的提示（kind: notice）的完整集合（不写则不检查；旧写法把提示列在 violations 中，给出警告 CR2101）。", "The exact set of notices (kind: notice) that fired (not checked when left out; listing them under violations is the deprecated form, warning CR2101)."),
            Of("deduction_score", new V.Construct(ConstructKind.Score), "扣分部分得分；null 表示不得计分（不写则不检查）。", "The deduction part's score; null when the subject must not be scored (not checked when left out)."),
            Of("bonus", new V.Construct(ConstructKind.Score), "封顶后的加分；null 表示不得计分（不写则不检查）。", "The bonus part after its cap; null when the subject must not be scored (not checked when left out)."),
            Of("total", new V.Construct(ConstructKind.Score), "总分（扣分部分加加分）；null 表示不得计分（不写则不检查）。", "The total (deduction part plus bonus); null when the subject must not be scored (not checked when left out)."),
            Of("not_assessed", IndicatorIds, "因缺少数据而未检查的指标的完整集合；无则写 []（不写则不检查）。", "The exact set of indicators not assessed for want of data; [] for none (not checked when left out)."),
            Of("reasons", new V.ListOf(new V.Mapping("reason")), "预期的问题描述：该指标的某条结果须恰好带有此描述（及给出时的详情）。", "Expected reasons: some finding of the indicator must carry exactly this reason (and this detail when given)."),
        ]);

    /// <summary>An expected reason (an item of <c>reasons</c>).</summary>
    public static readonly MappingGrammar Reason = new(
        "reason",
        "an expected reason",
        new("一条预期的问题描述。", "One expected reason."),
        [
            Of("indicator", new V.Text(), "指标标识，如 X-V3a。", "The indicator id, such as X-V3a.", KeyPresence.Required),
            Of("reason", new V.Text(), "渲染后的问题描述全文。", "The exact rendered reason text.", KeyPresence.Required),
            Of("detail", new V.Text(), "渲染后的详情全文（可选；不写则不检查）。", "The exact rendered detail text (optional; not checked when left out)."),
        ]);

    /// <summary>An expected warning (an item of <c>warnings</c>).</summary>
    public static readonly MappingGrammar Warning = new(
        "warning",
        "an expected warning",
        new("一条预期的预警：对象、将触发（或将失去加分）的指标、生效日期，以及可选的预警全文。", "One expected warning: the subject, the indicator that will fire (or whose bonus will be lost), the date it does, and optionally the warning's exact text."),
        [
            Of("subject", new V.Text(), "对象标识。", "The subject's id.", KeyPresence.Required),
            Of("indicator", new V.Text(), "指标标识，如 X-V3a。", "The indicator id, such as X-V3a.", KeyPresence.Required),
            Of("date", new V.Date(), "变化生效的日期（首个成立的监测时间点），如 2024-07-05。", "The date the change takes effect (the first as-of date it holds), such as 2024-07-05.", KeyPresence.Required),
            Of("text", new V.Text(), "渲染后的预警全文（可选；不写则不检查）。", "The exact rendered warning text (optional; not checked when left out)."),
        ]);

    /// <summary>The expected impact of a case (<c>impact:</c>).</summary>
    public static readonly MappingGrammar Impact = new(
        "impact",
        "the expected impact",
        new("预期影响：与基准修订版相比，恰好哪些对象新不合格、新合格。", "The expected impact: exactly which subjects newly fail and newly pass against a base revision."),
        [
            Of("base", new V.Text(), "与之比较的修订版：builtin:<id>，或内置修订版的 id（如 xjbt-2024）。", "The revision to compare with: builtin:<id>, or the id of a built-in revision (such as xjbt-2024).", KeyPresence.Required),
            Of("newly_failing", new V.ListOf(new V.Text()), "在基准修订版下合格、在本修订版下不合格的对象标识，须恰为这些；[] 表示没有。", "The ids of the subjects that pass under the base and fail under this revision, exactly; [] for none.", KeyPresence.Required),
            Of("newly_passing", new V.ListOf(new V.Text()), "在基准修订版下不合格、在本修订版下合格的对象标识，须恰为这些；[] 表示没有。", "The ids of the subjects that fail under the base and pass under this revision, exactly; [] for none.", KeyPresence.Required),
        ]);

    /// <summary>Every mapping of the case files, for the schema's references by name.</summary>
    public static readonly ImmutableArray<MappingGrammar> All = [File, Case, Expectation, Reason, Warning, Impact];

    /// <summary>The generated schema of the case files (<c>rules/schema/tests.schema.json</c>).</summary>
    public static SchemaSource Schema { get; } = new("tests.schema.json", "回归用例 Regression cases (tests/*.yaml)", File, null, All);

    private static GrammarValue IndicatorIds => new V.ListOf(new V.Text());
}
