namespace Compliance.Rules.Cli.Texts;

/// <summary>What the <c>evaluate</c> command says, in English and Chinese.</summary>
internal sealed record EvaluateTexts
{
    /// <summary>Gets the texts in English.</summary>
    public static EvaluateTexts English { get; } = new()
    {
        Description = "Evaluate websites and new-media accounts at an as-of date and write the report: summary, failing accounts (附件1) and the score table (附件2).",
        FactsOption = "The facts: a .json, .yaml or .csv file, or a folder of them (CSV: one file per fact type such as websites.csv, new_media.csv, messages.csv, with English or Chinese column names; UTF-8 or GB18030/GBK; dates as 2024-06-27, 2024/6/27 or 2024年6月27日).",
        AsOfOption = "The monitoring time point (YYYY-MM-DD): every time window ends on it.",
        AssumeCompleteOption = "Read the facts in a closed world: a fact type they hold nothing of was observed and there was none. Without it, the indicators that need an unobserved fact type are reported as not assessed.",
        StrictOption = "Exit with code 3 when the evaluation gives any warning (plausibility checks, missing data), not only when a subject could not be assessed.",
        WarnOption = "Add a 预警 section: the warnings due at the as-of date, each as far ahead as its indicator's warn_ahead says (the revision's setting otherwise). In md, csv, json and xlsx; the Word draft of the notice (docx) leaves it out.",
        ReportName = "the report",
        Written = file => $"wrote {file}",
        FindingsDoNotFit = (count, path, rules) => $"{count} inspector finding(s) or sample(s) in the facts '{path}' do not fit the rule set '{rules}': nothing was evaluated",
        NotAssessed = count => $"{count} subject(s) could not be assessed (无法评估): the report lists them with the reason",
        Progress = (done, total, percent) => $"evaluated {done}/{total} ({percent}%)",
    };

    /// <summary>Gets the texts in Chinese.</summary>
    public static EvaluateTexts Chinese { get; } = new()
    {
        Description = "在核查日期评估政府网站与政务新媒体并输出报告：总体情况、存在突出问题的账号（附件1）和网站得分（附件2）。",
        FactsOption = "事实数据：一个 .json、.yaml 或 .csv 文件，或包含它们的文件夹（CSV 每类事实一个文件，如 websites.csv、new_media.csv、messages.csv，列名可用英文或中文；编码为 UTF-8 或 GB18030/GBK；日期可写作 2024-06-27、2024/6/27 或 2024年6月27日）。",
        AsOfOption = "监测时间点（YYYY-MM-DD）：所有时间窗口都截止于这一天。",
        AssumeCompleteOption = "按封闭世界读取事实：数据中没有某类事实，即表示已采集且确实没有。不加此选项时，所需事实类型未采集的指标报告为“未评估”。",
        StrictOption = "评估给出任何提示（合理性检查、数据缺失）时以退出码 3 结束，而不只是在有对象无法评估时。",
        WarnOption = "增加“预警”部分：列出核查日期应发出的预警，提前量按各指标的 warn_ahead（未设置时按修订版的设置）。适用于 md、csv、json 和 xlsx；通报的 Word 草稿（docx）不含此部分。",
        ReportName = "检查结果报告",
        Written = file => $"已写入 {file}",
        FindingsDoNotFit = (count, path, rules) => $"事实数据“{path}”中有 {count} 条人工检查结果或抽查样本与规则集“{rules}”不符：未进行评估",
        NotAssessed = count => $"{count} 个对象无法评估：报告列出了它们及原因",
        Progress = (done, total, percent) => $"已评估 {done}/{total}（{percent}%）",
    };

    /// <summary>Gets the command's description.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the description of <c>--facts</c>.</summary>
    public required string FactsOption { get; init; }

    /// <summary>Gets the description of <c>--as-of</c>.</summary>
    public required string AsOfOption { get; init; }

    /// <summary>Gets the description of <c>--assume-complete</c>.</summary>
    public required string AssumeCompleteOption { get; init; }

    /// <summary>Gets the description of <c>--strict</c>.</summary>
    public required string StrictOption { get; init; }

    /// <summary>Gets the description of <c>--warn</c>.</summary>
    public required string WarnOption { get; init; }

    /// <summary>Gets what the report is called in messages.</summary>
    public required string ReportName { get; init; }

    /// <summary>Gets the last line on an interactive terminal after the report was written to a file.</summary>
    public required Func<string, string> Written { get; init; }

    /// <summary>Gets the summary after inspector findings or samples that do not fit the rule set.</summary>
    public required Func<int, string, string, string> FindingsDoNotFit { get; init; }

    /// <summary>Gets the error for subjects that could not be assessed, given their count.</summary>
    public required Func<int, string> NotAssessed { get; init; }

    /// <summary>Gets the progress line, given the subjects done, the total and the percentage.</summary>
    public required Func<int, int, int, string> Progress { get; init; }

    /// <summary>Gets the texts of a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The texts.</returns>
    public static EvaluateTexts For(CliLanguage language) => language == CliLanguage.Chinese ? Chinese : English;
}
