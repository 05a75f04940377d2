namespace Compliance.Rules.Cli.Texts;

/// <summary>What the <c>diff</c> command says, in English and Chinese. The keys it names (<c>fail_below</c>, <c>when.count.gte</c>) are the rule files' own.</summary>
internal sealed record DiffTexts
{
    /// <summary>Gets the texts in English.</summary>
    public static DiffTexts English { get; } = new()
    {
        Description = "List the indicators added, removed and changed between two revisions, such as builtin:gb-2015 and builtin:gb-2019: each change by its path in the rule file (when.count.gte: 5 → 6), with the scoring parameters and groups that changed.",
        OldArgument = rules => "The earlier revision: " + rules,
        NewArgument = rules => "The later revision: " + rules,
        Header = (id, title, document, from, jurisdiction) => $"{id} {title} ({document}, in force from {from}, {jurisdiction})",
        Added = "added  ",
        Removed = "removed",
        Changed = "changed",
        Scoring = "scoring",
        GroupAdded = "group added  ",
        GroupChanged = "group changed",
        GroupRemoved = "group removed",
        Group = (id, name, kind, max) => $"{id} {name} ({kind}, max {max})",
        NoRescaling = "(none)",
        Rescaling = (groups, baseScore, scale) => $"excluded [{groups}], base {baseScore}, scale {scale}",
        Totals = (added, removed, changed, unchanged) => $"{added} added, {removed} removed, {changed} changed, {unchanged} unchanged",
    };

    /// <summary>Gets the texts in Chinese.</summary>
    public static DiffTexts Chinese { get; } = new()
    {
        Description = "列出两个修订版之间新增、删除和修改的指标（如 builtin:gb-2015 与 builtin:gb-2019）：每处修改按其在规则文件中的路径列出（when.count.gte: 5 → 6），并列出变化的评分参数和分组。",
        OldArgument = rules => "较早的修订版：" + rules,
        NewArgument = rules => "较新的修订版：" + rules,
        Header = (id, title, document, from, jurisdiction) => $"{id} {title}（{document}，{from} 起施行，{jurisdiction}）",
        Added = "新增",
        Removed = "删除",
        Changed = "修改",
        Scoring = "评分",
        GroupAdded = "新增分组",
        GroupChanged = "修改分组",
        GroupRemoved = "删除分组",
        Group = (id, name, kind, max) => $"{id} {name}（{kind}，上限 {max}）",
        NoRescaling = "（无）",
        Rescaling = (groups, baseScore, scale) => $"不计 [{groups}]，基准分 {baseScore}，折算系数 {scale}",
        Totals = (added, removed, changed, unchanged) => $"新增 {added} 个，删除 {removed} 个，修改 {changed} 个，未变 {unchanged} 个",
    };

    /// <summary>Gets the command's description.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the description of the first argument, given that of a rule-set argument.</summary>
    public required Func<string, string> OldArgument { get; init; }

    /// <summary>Gets the description of the second argument, given that of a rule-set argument.</summary>
    public required Func<string, string> NewArgument { get; init; }

    /// <summary>Gets a revision's header line: id, title, document, effective date and jurisdiction.</summary>
    public required Func<string, string, string, string, string, string> Header { get; init; }

    /// <summary>Gets the mark of an added indicator.</summary>
    public required string Added { get; init; }

    /// <summary>Gets the mark of a removed indicator.</summary>
    public required string Removed { get; init; }

    /// <summary>Gets the mark of a changed indicator.</summary>
    public required string Changed { get; init; }

    /// <summary>Gets the mark of a changed scoring parameter.</summary>
    public required string Scoring { get; init; }

    /// <summary>Gets the mark of an added group.</summary>
    public required string GroupAdded { get; init; }

    /// <summary>Gets the mark of a changed group.</summary>
    public required string GroupChanged { get; init; }

    /// <summary>Gets the mark of a removed group.</summary>
    public required string GroupRemoved { get; init; }

    /// <summary>Gets a group: id, name, kind and cap.</summary>
    public required Func<string, string, string, string, string> Group { get; init; }

    /// <summary>Gets the value of <c>without_external_services</c> when a revision has none.</summary>
    public required string NoRescaling { get; init; }

    /// <summary>Gets the value of <c>without_external_services</c>: excluded groups, base and scale.</summary>
    public required Func<string, string, string, string> Rescaling { get; init; }

    /// <summary>Gets the last line: indicators added, removed, changed and unchanged.</summary>
    public required Func<int, int, int, int, string> Totals { get; init; }

    /// <summary>Gets the texts of a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The texts.</returns>
    public static DiffTexts For(CliLanguage language) => language == CliLanguage.Chinese ? Chinese : English;
}
