namespace Compliance.Rules.Cli.Texts;

/// <summary>What the <c>validate</c> command says, in English and Chinese.</summary>
internal sealed record ValidateTexts
{
    /// <summary>Gets the texts in English.</summary>
    public static ValidateTexts English { get; } = new()
    {
        Description = "Check a rule set and its regression cases (tests/*.yaml), with any --calendar-file: print every error and warning with file:line:col, the count of indicators by provenance, and a summary line. Exits 1 when there is an error.",
        ListProvenance = "Also list every indicator with its provenance (confirmed, transcribed, derived) and name.",
        ProvenanceCount = (confirmed, transcribed, derived) => $"provenance: {confirmed} confirmed, {transcribed} transcribed, {derived} derived",
        Valid = (rules, indicators, cases, errors, warnings) => $"{rules}: valid: {indicators} indicators, {cases} regression cases; {errors} error(s), {warnings} warning(s)",
        Invalid = (rules, errors, warnings) => $"{rules}: invalid: {errors} error(s), {warnings} warning(s)",
    };

    /// <summary>Gets the texts in Chinese.</summary>
    public static ValidateTexts Chinese { get; } = new()
    {
        Description = "检查规则集及其回归用例（tests/*.yaml），连同给出的 --calendar-file：逐条列出错误和警告（文件:行:列）、按依据统计的指标数及一行汇总。有错误时退出码为 1。",
        ListProvenance = "另外逐条列出每个指标的依据（confirmed 已核对、transcribed 据转录、derived 推定）和名称。",
        ProvenanceCount = (confirmed, transcribed, derived) => $"指标依据：已核对 {confirmed} 个，据转录 {transcribed} 个，推定 {derived} 个",
        Valid = (rules, indicators, cases, errors, warnings) => $"{rules}：有效：{indicators} 个指标，{cases} 个回归用例；{errors} 个错误，{warnings} 个警告",
        Invalid = (rules, errors, warnings) => $"{rules}：无效：{errors} 个错误，{warnings} 个警告",
    };

    /// <summary>Gets the command's description.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the description of the <c>--list-provenance</c> option.</summary>
    public required string ListProvenance { get; init; }

    /// <summary>Gets the line counting the indicators by provenance: confirmed, transcribed, derived.</summary>
    public required Func<int, int, int, string> ProvenanceCount { get; init; }

    /// <summary>Gets the summary of a valid rule set: reference, indicators, cases, errors, warnings.</summary>
    public required Func<string, int, int, int, int, string> Valid { get; init; }

    /// <summary>Gets the summary of an invalid rule set: reference, errors, warnings.</summary>
    public required Func<string, int, int, string> Invalid { get; init; }

    /// <summary>Gets the texts of a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The texts.</returns>
    public static ValidateTexts For(CliLanguage language) => language == CliLanguage.Chinese ? Chinese : English;
}
