namespace Compliance.Rules.Cli.Texts;

/// <summary>What the <c>impact</c> command says, in English and Chinese.</summary>
internal sealed record ImpactTexts
{
    /// <summary>Gets the texts in English.</summary>
    public static ImpactTexts English { get; } = new()
    {
        Description = "Show the impact of a rule change before it is published: evaluate the same facts under two rule sets and list who changes verdict, score and findings, and which indicator's change caused it.",
        BaseOption = rules => "The rule set in force: " + rules,
        CandidateOption = rules => "The rule set proposed (an overlay of the base or any other revision): " + rules,
        FactsOption = "The facts: a .json, .yaml or .csv file, or a folder of them, evaluated once under each rule set.",
        AsOfOption = "The monitoring time point (YYYY-MM-DD) of both evaluations.",
        AssumeCompleteOption = "Read the facts in a closed world, as evaluate --assume-complete does.",
        ReportName = "the impact report",
        FindingsDoNotFit = path => $"inspector findings in the facts '{path}' do not fit the rule sets: nothing was evaluated",
        OfRuleSet = (diagnostic, rules) => $"{diagnostic} (rule set '{rules}')",
    };

    /// <summary>Gets the texts in Chinese.</summary>
    public static ImpactTexts Chinese { get; } = new()
    {
        Description = "在发布规则变更前查看其影响：用两个规则集评估同一批事实，列出结论、得分和问题发生变化的对象，以及引起变化的指标。",
        BaseOption = rules => "现行规则集：" + rules,
        CandidateOption = rules => "拟用规则集（基础规则集的叠加版本或其他任一修订版）：" + rules,
        FactsOption = "事实数据：一个 .json、.yaml 或 .csv 文件，或包含它们的文件夹，在两个规则集下各评估一次。",
        AsOfOption = "两次评估共用的监测时间点（YYYY-MM-DD）。",
        AssumeCompleteOption = "按封闭世界读取事实，同 evaluate --assume-complete。",
        ReportName = "影响报告",
        FindingsDoNotFit = path => $"事实数据“{path}”中的人工检查结果与规则集不符：未进行评估",
        OfRuleSet = (diagnostic, rules) => $"{diagnostic}（规则集“{rules}”）",
    };

    /// <summary>Gets the command's description.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the description of <c>--base</c>, given that of a rule-set argument.</summary>
    public required Func<string, string> BaseOption { get; init; }

    /// <summary>Gets the description of <c>--candidate</c>, given that of a rule-set argument.</summary>
    public required Func<string, string> CandidateOption { get; init; }

    /// <summary>Gets the description of <c>--facts</c>.</summary>
    public required string FactsOption { get; init; }

    /// <summary>Gets the description of <c>--as-of</c>.</summary>
    public required string AsOfOption { get; init; }

    /// <summary>Gets the description of <c>--assume-complete</c>.</summary>
    public required string AssumeCompleteOption { get; init; }

    /// <summary>Gets what the report is called in messages.</summary>
    public required string ReportName { get; init; }

    /// <summary>Gets the summary after inspector findings that do not fit a rule set, given the facts' path.</summary>
    public required Func<string, string> FindingsDoNotFit { get; init; }

    /// <summary>Gets a diagnostic of the findings' check with the rule set it concerns.</summary>
    public required Func<string, string, string> OfRuleSet { get; init; }

    /// <summary>Gets the texts of a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The texts.</returns>
    public static ImpactTexts For(CliLanguage language) => language == CliLanguage.Chinese ? Chinese : English;
}
