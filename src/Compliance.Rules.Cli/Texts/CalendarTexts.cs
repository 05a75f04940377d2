namespace Compliance.Rules.Cli.Texts;

/// <summary>
/// What the <c>calendar</c> commands say, in English and Chinese. Their results (<c>2024-10-08</c>, <c>true</c>,
/// <c>2024-10-01 off 国庆节</c>) are data for scripts and stay the same in every language.
/// </summary>
internal sealed record CalendarTexts
{
    /// <summary>Gets the texts in English.</summary>
    public static CalendarTexts English { get; } = new()
    {
        Description = "Query the working-day calendar: national 调休 days and regional overlays such as Xinjiang's.",
        CalendarOption = ids => $"The calendar: a built-in id ({ids}), a calendar file (<id>.yaml, whose 'extends' may name a file next to it or a built-in), or a folder holding one calendar. Default: the calendar of --rules.",
        RulesOption = rules => "Use the calendar this rule set names (with its calendars folder and any --calendar-file): " + rules,
        ExceptionsDescription = "List the exception days of whole years, sorted by date, one per line: 'YYYY-MM-DD off NAME' for a Monday–Friday day off, 'YYYY-MM-DD work NAME' for a Saturday/Sunday working day.",
        FromOption = "The first year to list (default: the calendar's first year).",
        ToOption = "The last year to list, inclusive (default: the calendar's last year).",
        AddWorkingDaysDescription = "Print the N-th working day after a date (before it when N is negative; the date itself when N is 0).",
        CountFromArgument = "The date to count from (YYYY-MM-DD); it is never counted itself.",
        MoveArgument = "How many working days to move: forward when positive, back when negative.",
        BetweenDescription = "Print the number of working days d with start < d <= end (negative when end is before start).",
        StartArgument = "The exclusive start (YYYY-MM-DD), such as the date a request was received.",
        EndArgument = "The inclusive end (YYYY-MM-DD), such as the date it was answered.",
        IsWorkingDayDescription = "Print 'true' when the date is a working day, 'false' when it is not.",
        DateArgument = "The date (YYYY-MM-DD).",
        DeadlineDescription = "Print the last day allowed by 'answer within N working days' for something received on a date.",
        ReceivedArgument = "The date of receipt (YYYY-MM-DD); counting starts on the next working day.",
        LimitArgument = "The limit: answer within this many working days (0 or more).",
        NoCalendar = "give the calendar with --calendar <id> (such as --calendar cn) or a rule set with --rules (such as --rules builtin:xjbt-2024), whose calendar is then used",
        ToBeforeFrom = (to, from) => $"--to {to} is before --from {from}",
        NotAYear = (option, year) => $"{option} {year} is not a year",
        NegativeWorkingDays = days => $"the number of working days must be 0 or more, found {days}",
    };

    /// <summary>Gets the texts in Chinese.</summary>
    public static CalendarTexts Chinese { get; } = new()
    {
        Description = "查询工作日日历：全国调休安排以及新疆等地的地方节假日。",
        CalendarOption = ids => $"日历：内置日历 id（{ids}）、日历文件（<id>.yaml，其 extends 可指向同目录的文件或内置日历），或只含一个日历的文件夹。默认：--rules 所指规则集的日历。",
        RulesOption = rules => "使用该规则集所指定的日历（连同其 calendars 文件夹和给出的 --calendar-file）：" + rules,
        ExceptionsDescription = "按日期列出整年的调休和节假日，每行一天：“YYYY-MM-DD off 名称”为周一至周五放假，“YYYY-MM-DD work 名称”为周六、周日上班。",
        FromOption = "列出的第一年（默认：日历的第一年）。",
        ToOption = "列出的最后一年，含该年（默认：日历的最后一年）。",
        AddWorkingDaysDescription = "输出某日之后第 N 个工作日（N 为负数时为之前；N 为 0 时为该日本身）。",
        CountFromArgument = "起算日期（YYYY-MM-DD），该日本身不计入。",
        MoveArgument = "移动的工作日数：正数向后，负数向前。",
        BetweenDescription = "输出满足 开始 < d ≤ 结束 的工作日 d 的个数（结束早于开始时为负数）。",
        StartArgument = "开始日期（YYYY-MM-DD，不含），例如收到留言的日期。",
        EndArgument = "结束日期（YYYY-MM-DD，含），例如答复的日期。",
        IsWorkingDayDescription = "该日是工作日时输出 true，否则输出 false。",
        DateArgument = "日期（YYYY-MM-DD）。",
        DeadlineDescription = "输出“N 个工作日内答复”所允许的最后一天。",
        ReceivedArgument = "收到日期（YYYY-MM-DD），从下一个工作日起算。",
        LimitArgument = "时限：在多少个工作日内答复（0 或更多）。",
        NoCalendar = "请用 --calendar <id> 给出日历（如 --calendar cn），或用 --rules 给出规则集（如 --rules builtin:xjbt-2024），以使用其日历",
        ToBeforeFrom = (to, from) => $"--to {to} 早于 --from {from}",
        NotAYear = (option, year) => $"{option} {year} 不是有效的年份",
        NegativeWorkingDays = days => $"工作日数必须为 0 或更多，实际为 {days}",
    };

    /// <summary>Gets the description of the <c>calendar</c> command.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the description of <c>--calendar</c>, given the built-in ids.</summary>
    public required Func<string, string> CalendarOption { get; init; }

    /// <summary>Gets the description of <c>--rules</c>, given that of a rule-set argument.</summary>
    public required Func<string, string> RulesOption { get; init; }

    /// <summary>Gets the description of <c>calendar exceptions</c>.</summary>
    public required string ExceptionsDescription { get; init; }

    /// <summary>Gets the description of <c>--from</c>.</summary>
    public required string FromOption { get; init; }

    /// <summary>Gets the description of <c>--to</c>.</summary>
    public required string ToOption { get; init; }

    /// <summary>Gets the description of <c>calendar add-working-days</c>.</summary>
    public required string AddWorkingDaysDescription { get; init; }

    /// <summary>Gets the description of its date argument.</summary>
    public required string CountFromArgument { get; init; }

    /// <summary>Gets the description of its working-days argument.</summary>
    public required string MoveArgument { get; init; }

    /// <summary>Gets the description of <c>calendar between</c>.</summary>
    public required string BetweenDescription { get; init; }

    /// <summary>Gets the description of its start argument.</summary>
    public required string StartArgument { get; init; }

    /// <summary>Gets the description of its end argument.</summary>
    public required string EndArgument { get; init; }

    /// <summary>Gets the description of <c>calendar is-working-day</c>.</summary>
    public required string IsWorkingDayDescription { get; init; }

    /// <summary>Gets the description of its date argument.</summary>
    public required string DateArgument { get; init; }

    /// <summary>Gets the description of <c>calendar deadline</c>.</summary>
    public required string DeadlineDescription { get; init; }

    /// <summary>Gets the description of its date argument.</summary>
    public required string ReceivedArgument { get; init; }

    /// <summary>Gets the description of its working-days argument.</summary>
    public required string LimitArgument { get; init; }

    /// <summary>Gets the message when neither <c>--calendar</c> nor <c>--rules</c> is given.</summary>
    public required string NoCalendar { get; init; }

    /// <summary>Gets the message for <c>--to</c> before <c>--from</c>.</summary>
    public required Func<int, int, string> ToBeforeFrom { get; init; }

    /// <summary>Gets the message for a year outside 1–9999, given the option and the value.</summary>
    public required Func<string, int, string> NotAYear { get; init; }

    /// <summary>Gets the message for a negative limit.</summary>
    public required Func<int, string> NegativeWorkingDays { get; init; }

    /// <summary>Gets the texts of a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The texts.</returns>
    public static CalendarTexts For(CliLanguage language) => language == CliLanguage.Chinese ? Chinese : English;
}
