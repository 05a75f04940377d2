namespace Compliance.Rules.Cli.Texts;

/// <summary>
/// What every command says, in English and Chinese: the root's help, the help layout, the options several commands
/// share, the messages of their shared arguments (rule sets, calendars, dates, formats) and System.CommandLine's parse
/// errors in our words.
/// </summary>
/// <remarks>
/// Each command has its own table beside this one (<see cref="EvaluateTexts"/>, <see cref="TestTexts"/>…): a new
/// command adds one such file with an English and a Chinese instance; leaving out a text in either is a compile error.
/// Values quoted from the user are inserted as given; callers pass every line through <c>TerminalText</c>.
/// </remarks>
internal sealed record CommonTexts
{
    /// <summary>Gets the texts in English.</summary>
    public static CommonTexts English { get; } = new()
    {
        RootDescription = "compliance-rules: checks Chinese government websites and new-media accounts against the national indicators.",
        UsageTitle = "Usage:",
        ArgumentsTitle = "Arguments:",
        OptionsTitle = "Options:",
        CommandsTitle = "Commands:",
        UsageOptions = "[options]",
        UsageCommand = "<command>",
        RequiredLabel = "(required)",
        HelpOption = "Show help and usage information.",
        VersionOption = "Show the version.",
        LangOption = "The language of help and messages: zh (中文) or en (English). Default: Chinese on a Chinese system, English otherwise. Reports stay Chinese, as the notices are.",
        HelpHint = command => $"run '{command} --help' for its arguments and options",
        ErrorPrefix = "error: ",
        InternalError = message => $"internal error: {message}; please report it with the command that was run",
        LangInvalid = value => $"{CliLanguages.OptionName} '{value}' is not a language: expected zh (中文) or en (English)",
        RulesDescription = ids => $"The rule set: builtin:<id> ({ids}) or a revision folder holding revision.yaml and indicators/*.yaml.",
        CalendarFileOption = "A host calendar file (<id>.yaml); repeatable. One with the id of the rule set's calendar replaces it, such as a cn.yaml with 'id: cn' and 'extends: cn' that adds 2027 to the built-in cn.",
        RuleSetNotLoaded = value => $"the rule set '{value}' could not be loaded; run 'compliance-rules validate {value}' for every diagnostic",
        RuleSetHasErrors = (value, count) => $"the rule set '{value}' has {count} error(s):",
        CalendarFilesDefineTheSameId = (first, second, id) => $"--calendar-file '{first}' and '{second}' both define the calendar '{id}'; give one of them",
        CalendarFileHasErrors = count => $"--calendar-file has {count} error(s):",
        CalendarHasErrors = (value, count) => $"the calendar '{value}' has {count} error(s):",
        CalendarFolderHoldsSeveral = (folder, count, ids, example) => $"the folder '{folder}' holds {count} calendars ({ids}); give the file of the one wanted, such as {example}",
        UnknownCalendar = (value, ids) => $"unknown calendar '{value}': it is neither a built-in calendar ({ids}) nor an existing calendar file or folder",
        NotADate = (option, text) => $"{option} '{text}' is not a date: expected YYYY-MM-DD, such as 2024-06-27",
        DocxOnlyForEvaluate = what => $"--format docx writes the draft of a notice, which only evaluate writes: {what} is written as md, csv, json or xlsx",
        UnknownFormat = (text, notice) => $"--format '{text}' is not a report format: expected md, csv, json, xlsx{(notice ? " or docx" : string.Empty)}",
        BinaryNeedsOut = (format, example) => $"{format} is a binary document: give the file to write with --out, such as --out {example}",
        FactsProblems = (count, path) => $"{count} problem(s) in the facts '{path}': nothing was evaluated",
        FormatOption = "The report format: md, csv, json, xlsx (a workbook, one sheet per table) or, for evaluate, docx (a Word draft of the notice); xlsx and docx need --out. CSV starts with a UTF-8 byte order mark, on standard output too. Default: md.",
        OutOption = "Write the report to this file instead of standard output.",
        WholeNumber = "a whole number",
        Number = "a number",
        TrueOrFalse = "true or false",
        Text = "text",
        Value = "a value",
        Parse = new ParseErrorTexts
        {
            OptionRequired = option => $"the option {option} is required",
            ArgumentRequired = (argument, command) => $"the argument <{argument}> of '{command}' is required",
            OptionNeedsValue = option => $"the option {option} needs a value",
            OptionTakesOneValue = (option, count) => $"the option {option} takes one value, but {count} were given",
            Unrecognized = token => $"'{token}' is not a command, argument or option here",
            CommandRequired = "a command is required",
            NotOfKind = (value, option, kind) => option is null ? $"'{value}' is not {kind}" : $"{option}: '{value}' is not {kind}",
            NotOneOf = (value, choices) => $"'{value}' is not one of: {choices}",
            ResponseFileNotFound = file => $"the response file '{file}' does not exist",
            ResponseFileUnreadable = (file, reason) => $"the response file '{file}' cannot be read: {reason}",
            NotWithOtherArguments = option => $"{option} cannot be combined with other arguments",
        },
    };

    /// <summary>Gets the texts in Chinese.</summary>
    public static CommonTexts Chinese { get; } = new()
    {
        RootDescription = "compliance-rules：按国家检查指标检查政府网站与政务新媒体。",
        UsageTitle = "用法：",
        ArgumentsTitle = "参数：",
        OptionsTitle = "选项：",
        CommandsTitle = "命令：",
        UsageOptions = "[选项]",
        UsageCommand = "<命令>",
        RequiredLabel = "（必需）",
        HelpOption = "显示帮助和用法。",
        VersionOption = "显示版本。",
        LangOption = "帮助和提示信息的语言：zh（中文）或 en（English）。默认：中文系统上为中文，其他系统上为英文。报告始终为中文，与通报一致。",
        HelpHint = command => $"运行 {command} --help 查看参数和选项",
        ErrorPrefix = "错误：",
        InternalError = message => $"内部错误：{message}；请连同所运行的命令一并报告",
        LangInvalid = value => $"{CliLanguages.OptionName} “{value}”不是可用的语言：应为 zh（中文）或 en（English）",
        RulesDescription = ids => $"规则集：builtin:<id>（{ids}），或包含 revision.yaml 和 indicators/*.yaml 的修订版文件夹。",
        CalendarFileOption = "宿主日历文件（<id>.yaml），可重复给出。与规则集所用日历同 id 的文件将替换该日历，例如 id: cn、extends: cn 并补充 2027 年的 cn.yaml。",
        RuleSetNotLoaded = value => $"无法加载规则集“{value}”；运行 compliance-rules validate {value} 查看全部诊断信息",
        RuleSetHasErrors = (value, count) => $"规则集“{value}”有 {count} 个错误：",
        CalendarFilesDefineTheSameId = (first, second, id) => $"--calendar-file “{first}”和“{second}”都定义了日历“{id}”；请只给出其中一个",
        CalendarFileHasErrors = count => $"--calendar-file 有 {count} 个错误：",
        CalendarHasErrors = (value, count) => $"日历“{value}”有 {count} 个错误：",
        CalendarFolderHoldsSeveral = (folder, count, ids, example) => $"文件夹“{folder}”包含 {count} 个日历（{ids}）；请给出所需日历的文件，例如 {example}",
        UnknownCalendar = (value, ids) => $"未知日历“{value}”：既不是内置日历（{ids}），也不是已有的日历文件或文件夹",
        NotADate = (option, text) => $"{option} “{text}”不是日期：应为 YYYY-MM-DD，例如 2024-06-27",
        DocxOnlyForEvaluate = what => $"--format docx 生成通报草稿，仅 evaluate 命令可用：{what}可输出为 md、csv、json 或 xlsx",
        UnknownFormat = (text, notice) => $"--format “{text}”不是报告格式：应为 md、csv、json、xlsx{(notice ? " 或 docx" : string.Empty)}",
        BinaryNeedsOut = (format, example) => $"{format} 是二进制文档：请用 --out 给出要写入的文件，例如 --out {example}",
        FactsProblems = (count, path) => $"事实数据“{path}”有 {count} 个问题：未进行评估",
        FormatOption = "报告格式：md、csv、json、xlsx（工作簿，每表一页）或 docx（通报的 Word 草稿，仅 evaluate）；xlsx 和 docx 需要 --out。CSV 以 UTF-8 字节顺序标记开头，标准输出亦然。默认：md。",
        OutOption = "将报告写入此文件，而不是标准输出。",
        WholeNumber = "整数",
        Number = "数字",
        TrueOrFalse = "true 或 false",
        Text = "文本",
        Value = "有效的值",
        Parse = new ParseErrorTexts
        {
            OptionRequired = option => $"缺少必需的选项 {option}",
            ArgumentRequired = (argument, command) => $"“{command}”缺少必需的参数 <{argument}>",
            OptionNeedsValue = option => $"选项 {option} 需要一个值",
            OptionTakesOneValue = (option, count) => $"选项 {option} 只接受一个值，但给出了 {count} 个",
            Unrecognized = token => $"“{token}”在此处不是命令、参数或选项",
            CommandRequired = "需要给出一个命令",
            NotOfKind = (value, option, kind) => option is null ? $"“{value}”不是{kind}" : $"{option}：“{value}”不是{kind}",
            NotOneOf = (value, choices) => $"“{value}”不是以下之一：{choices}",
            ResponseFileNotFound = file => $"响应文件“{file}”不存在",
            ResponseFileUnreadable = (file, reason) => $"无法读取响应文件“{file}”：{reason}",
            NotWithOtherArguments = option => $"{option} 不能与其他参数一起使用",
        },
    };

    /// <summary>Gets the root command's description.</summary>
    public required string RootDescription { get; init; }

    /// <summary>Gets the help's usage title.</summary>
    public required string UsageTitle { get; init; }

    /// <summary>Gets the help's arguments title.</summary>
    public required string ArgumentsTitle { get; init; }

    /// <summary>Gets the help's options title.</summary>
    public required string OptionsTitle { get; init; }

    /// <summary>Gets the help's subcommands title.</summary>
    public required string CommandsTitle { get; init; }

    /// <summary>Gets the usage line's placeholder for options.</summary>
    public required string UsageOptions { get; init; }

    /// <summary>Gets the usage line's placeholder for a subcommand.</summary>
    public required string UsageCommand { get; init; }

    /// <summary>Gets the mark of a required option in the help.</summary>
    public required string RequiredLabel { get; init; }

    /// <summary>Gets the description of <c>--help</c>.</summary>
    public required string HelpOption { get; init; }

    /// <summary>Gets the description of <c>--version</c>.</summary>
    public required string VersionOption { get; init; }

    /// <summary>Gets the description of <c>--lang</c>.</summary>
    public required string LangOption { get; init; }

    /// <summary>Gets the hint after a parse error, given the command's path (<c>compliance-rules test</c>).</summary>
    public required Func<string, string> HelpHint { get; init; }

    /// <summary>Gets the prefix of an error line.</summary>
    public required string ErrorPrefix { get; init; }

    /// <summary>Gets the line of a defect of the tool, given the exception's first line.</summary>
    public required Func<string, string> InternalError { get; init; }

    /// <summary>Gets the message for a <c>--lang</c> value that names no language.</summary>
    public required Func<string, string> LangInvalid { get; init; }

    /// <summary>Gets the description of a rule-set argument, given the built-in references.</summary>
    public required Func<string, string> RulesDescription { get; init; }

    /// <summary>Gets the description of <c>--calendar-file</c>.</summary>
    public required string CalendarFileOption { get; init; }

    /// <summary>Gets the summary after the diagnostics of a rule set that could not be loaded.</summary>
    public required Func<string, string> RuleSetNotLoaded { get; init; }

    /// <summary>Gets the first line of a rule set's errors, given the reference and the count.</summary>
    public required Func<string, int, string> RuleSetHasErrors { get; init; }

    /// <summary>Gets the message for two calendar files of one id.</summary>
    public required Func<string, string, string, string> CalendarFilesDefineTheSameId { get; init; }

    /// <summary>Gets the first line of the calendar files' errors, given the count.</summary>
    public required Func<int, string> CalendarFileHasErrors { get; init; }

    /// <summary>Gets the first line of a calendar's errors, given the value of <c>--calendar</c> and the count.</summary>
    public required Func<string, int, string> CalendarHasErrors { get; init; }

    /// <summary>Gets the message for a calendar folder holding several calendars.</summary>
    public required Func<string, int, string, string, string> CalendarFolderHoldsSeveral { get; init; }

    /// <summary>Gets the message for a calendar that does not exist, given the value and the built-in ids.</summary>
    public required Func<string, string, string> UnknownCalendar { get; init; }

    /// <summary>Gets the message for a date that does not parse, given the option or argument and the text.</summary>
    public required Func<string, string, string> NotADate { get; init; }

    /// <summary>Gets the message refusing docx for a command other than evaluate, given what its report is.</summary>
    public required Func<string, string> DocxOnlyForEvaluate { get; init; }

    /// <summary>Gets the message for an unknown report format, given the text and whether docx is offered.</summary>
    public required Func<string, bool, string> UnknownFormat { get; init; }

    /// <summary>Gets the message for a binary format without <c>--out</c>, given the format and an example file name.</summary>
    public required Func<string, string, string> BinaryNeedsOut { get; init; }

    /// <summary>Gets the summary after the facts' errors, given their count and the path.</summary>
    public required Func<int, string, string> FactsProblems { get; init; }

    /// <summary>Gets the description of <c>--format</c>.</summary>
    public required string FormatOption { get; init; }

    /// <summary>Gets the description of <c>--out</c>.</summary>
    public required string OutOption { get; init; }

    /// <summary>Gets the word for the values of an integer option.</summary>
    public required string WholeNumber { get; init; }

    /// <summary>Gets the word for the values of a decimal option.</summary>
    public required string Number { get; init; }

    /// <summary>Gets the word for the values of a Boolean option.</summary>
    public required string TrueOrFalse { get; init; }

    /// <summary>Gets the word for the values of a text option.</summary>
    public required string Text { get; init; }

    /// <summary>Gets the word for the values of any other option.</summary>
    public required string Value { get; init; }

    /// <summary>Gets System.CommandLine's parse errors in our words.</summary>
    public required ParseErrorTexts Parse { get; init; }

    /// <summary>Gets the texts of a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The texts.</returns>
    public static CommonTexts For(CliLanguage language) => language == CliLanguage.Chinese ? Chinese : English;
}
