namespace Compliance.Rules.Cli.Texts;

/// <summary>What the <c>test</c> command says, in English and Chinese.</summary>
internal sealed record TestTexts
{
    /// <summary>Gets the texts in English.</summary>
    public static TestTexts English { get; } = new()
    {
        Description = "Run the regression cases of a rule set (tests/*.yaml beside its indicators), with any --calendar-file, and print each failure with expected and actual values, then 'N passed, N failed'.",
        VerboseOption = "List every case with PASS or FAIL and the time it took, not only the failures.",
        FilterOption = "Run only the cases whose file or name matches: a part of 'file.yaml/case name' (such as 2024q2 or 超14天), or a pattern with * and ? (such as 'notice-*.yaml' or '*/兵团*').",
        JUnitOption = "Also write the results as JUnit XML to this file, one testcase per case with the mismatches of a failure, for a CI server (GitLab, Jenkins, Azure DevOps, GitHub Actions with a JUnit reporter).",
        Pass = "PASS",
        Fail = "FAIL",
        Duration = milliseconds => $"{milliseconds} ms",
        Totals = (passed, failed) => $"{passed} passed, {failed} failed",
        NothingMatches = (filter, cases) => $"--filter '{filter}' matches none of the {cases} regression case(s): nothing was run",
        JUnitNotWritten = (file, reason) => $"the JUnit file '{file}' could not be written: {reason}",
    };

    /// <summary>Gets the texts in Chinese.</summary>
    public static TestTexts Chinese { get; } = new()
    {
        Description = "运行规则集的回归用例（指标旁的 tests/*.yaml），连同给出的 --calendar-file，逐个列出未通过的用例及预期值和实际值，最后输出“通过 N 个，失败 N 个”。",
        VerboseOption = "列出每个用例的结果（通过或失败）和耗时，而不只是未通过的用例。",
        FilterOption = "只运行文件名或用例名匹配的用例：“文件.yaml/用例名”中的一部分（如 2024q2 或 超14天），或含 * 和 ? 的模式（如 'notice-*.yaml' 或 '*/兵团*'）。",
        JUnitOption = "同时把结果以 JUnit XML 写入此文件，每个用例一个 testcase，失败时附不符之处，供持续集成服务器读取（GitLab、Jenkins、Azure DevOps，或带 JUnit 报告插件的 GitHub Actions）。",
        Pass = "通过",
        Fail = "失败",
        Duration = milliseconds => $"{milliseconds} 毫秒",
        Totals = (passed, failed) => $"通过 {passed} 个，失败 {failed} 个",
        NothingMatches = (filter, cases) => $"--filter “{filter}”与全部 {cases} 个回归用例都不匹配：未运行任何用例",
        JUnitNotWritten = (file, reason) => $"无法写入 JUnit 文件“{file}”：{reason}",
    };

    /// <summary>Gets the command's description.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the description of <c>--verbose</c>.</summary>
    public required string VerboseOption { get; init; }

    /// <summary>Gets the description of <c>--filter</c>.</summary>
    public required string FilterOption { get; init; }

    /// <summary>Gets the description of <c>--junit</c>.</summary>
    public required string JUnitOption { get; init; }

    /// <summary>Gets the mark of a case that passed.</summary>
    public required string Pass { get; init; }

    /// <summary>Gets the mark of a case that failed.</summary>
    public required string Fail { get; init; }

    /// <summary>Gets a case's time, given whole milliseconds.</summary>
    public required Func<long, string> Duration { get; init; }

    /// <summary>Gets the last line: cases passed and failed.</summary>
    public required Func<int, int, string> Totals { get; init; }

    /// <summary>Gets the error for a filter that matches no case, given the filter and the number of cases.</summary>
    public required Func<string, int, string> NothingMatches { get; init; }

    /// <summary>Gets the error for a JUnit file that cannot be written, given the file and the reason.</summary>
    public required Func<string, string, string> JUnitNotWritten { get; init; }

    /// <summary>Gets the texts of a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The texts.</returns>
    public static TestTexts For(CliLanguage language) => language == CliLanguage.Chinese ? Chinese : English;
}
