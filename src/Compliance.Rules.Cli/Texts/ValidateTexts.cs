namespace Compliance.Rules.Cli.Texts;

/// <summary>What the <c>validate</c> command says, in English and Chinese.</summary>
internal sealed record ValidateTexts
{
    /// <summary>Gets the texts in English.</summary>
    public static ValidateTexts English { get; } = new()
    {
        Description = "Check a rule set and its regression cases (tests/*.yaml), with any --calendar-file: print every error and warning with file:line:col, and a summary line. Exits 1 when there is an error.",
        Valid = (rules, indicators, unverified, cases, errors, warnings) => $"{rules}: valid: {indicators} indicators ({unverified} not verified), {cases} regression cases; {errors} error(s), {warnings} warning(s)",
        Invalid = (rules, errors, warnings) => $"{rules}: invalid: {errors} error(s), {warnings} warning(s)",
    };

    /// <summary>Gets the texts in Chinese.</summary>
    public static ValidateTexts Chinese { get; } = new()
    {
        Description = "检查规则集及其回归用例（tests/*.yaml），连同给出的 --calendar-file：逐条列出错误和警告（文件:行:列）及一行汇总。有错误时退出码为 1。",
        Valid = (rules, indicators, unverified, cases, errors, warnings) => $"{rules}：有效：{indicators} 个指标（{unverified} 个未核实），{cases} 个回归用例；{errors} 个错误，{warnings} 个警告",
        Invalid = (rules, errors, warnings) => $"{rules}：无效：{errors} 个错误，{warnings} 个警告",
    };

    /// <summary>Gets the command's description.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the summary of a valid rule set: reference, indicators, unverified ones, cases, errors, warnings.</summary>
    public required Func<string, int, int, int, int, int, string> Valid { get; init; }

    /// <summary>Gets the summary of an invalid rule set: reference, errors, warnings.</summary>
    public required Func<string, int, int, string> Invalid { get; init; }

    /// <summary>Gets the texts of a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The texts.</returns>
    public static ValidateTexts For(CliLanguage language) => language == CliLanguage.Chinese ? Chinese : English;
}
