namespace Compliance.Rules.Cli.Texts;

/// <summary>What the <c>forecast</c> command says, in English and Chinese.</summary>
internal sealed record ForecastTexts
{
    /// <summary>Gets the texts in English.</summary>
    public static ForecastTexts English { get; } = new()
    {
        Description = "Forecast what will fail, and when, if no new facts arrive (预警): evaluate the facts at the as-of date and at every later date where a time window, deadline or age threshold changes, and list the warnings by date and unit, the messages waiting for an answer, and each subject's first change.",
        FactsOption = "The facts: a .json, .yaml or .csv file, or a folder of them, as evaluate reads them.",
        AsOfOption = "The monitoring time point (YYYY-MM-DD) the forecast starts from.",
        AssumeCompleteOption = "Read the facts in a closed world, as evaluate --assume-complete does.",
        DaysOption = "How many days to look ahead, 1 to 366 (14 by default): the forecast covers the as-of date's next day to this many days after it.",
        ReportName = "the forecast report",
        DaysOutOfRange = (days, max) => $"--days {days} is not a number of days to look ahead: expected 1 to {max}",
        FindingsDoNotFit = (count, path, rules) => $"{count} inspector finding(s) in the facts '{path}' do not fit the rule set '{rules}': nothing was forecast",
    };

    /// <summary>Gets the texts in Chinese.</summary>
    public static ForecastTexts Chinese { get; } = new()
    {
        Description = "预警：若不再有新的事实，预测哪些对象将在何时不合格。在核查日期以及此后每个时间窗口、答复期限或时长阈值发生变化的日期评估事实，按日期和单位列出预警、待答复留言以及每个对象的首次变化。",
        FactsOption = "事实数据：一个 .json、.yaml 或 .csv 文件，或包含它们的文件夹，读取方式同 evaluate。",
        AsOfOption = "预测起始的监测时间点（YYYY-MM-DD）。",
        AssumeCompleteOption = "按封闭世界读取事实，同 evaluate --assume-complete。",
        DaysOption = "向后预测的天数，1 至 366（默认 14）：预测覆盖核查日期的次日至其后这么多天。",
        ReportName = "预警报告",
        DaysOutOfRange = (days, max) => $"--days {days} 不是可用的预测天数：应为 1 至 {max}",
        FindingsDoNotFit = (count, path, rules) => $"事实数据“{path}”中有 {count} 条人工检查结果与规则集“{rules}”不符：未进行预测",
    };

    /// <summary>Gets the command's description.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the description of <c>--facts</c>.</summary>
    public required string FactsOption { get; init; }

    /// <summary>Gets the description of <c>--as-of</c>.</summary>
    public required string AsOfOption { get; init; }

    /// <summary>Gets the description of <c>--assume-complete</c>.</summary>
    public required string AssumeCompleteOption { get; init; }

    /// <summary>Gets the description of <c>--days</c>.</summary>
    public required string DaysOption { get; init; }

    /// <summary>Gets what the report is called in messages.</summary>
    public required string ReportName { get; init; }

    /// <summary>Gets the message for a <c>--days</c> value out of range, given the value and the most days.</summary>
    public required Func<int, int, string> DaysOutOfRange { get; init; }

    /// <summary>Gets the summary after inspector findings that do not fit the rule set.</summary>
    public required Func<int, string, string, string> FindingsDoNotFit { get; init; }

    /// <summary>Gets the texts of a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The texts.</returns>
    public static ForecastTexts For(CliLanguage language) => language == CliLanguage.Chinese ? Chinese : English;
}
