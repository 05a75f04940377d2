namespace Compliance.Rules.Diagnostics;

/// <summary>
/// Every limit the library puts on the files it reads, in one place, grouped by the kind of file. Input beyond a
/// limit is refused with a diagnostic at the place where the limit is crossed, before the parts of the library that
/// cost memory or stack in proportion to the input see it. Documented in <c>rules/README.md</c> under "Limits".
/// </summary>
/// <remarks>
/// The limits are far above what the shipped files need (the largest rule file is 18 KB with lines of at most 351
/// characters and mappings nested 10 deep; the largest case file is 35 KB and expands 42 aliases to 2,425 nodes), so a
/// real file never meets them, while a hostile one is refused at once.
/// </remarks>
internal static class InputLimits
{
    /// <summary>The deepest nesting of mappings and lists in any YAML file (rule, calendar, case or facts).</summary>
    /// <remarks>The shipped rule files nest at most 10 deep; the loaders walk the tree recursively, so this bounds their stack.</remarks>
    public const int YamlMaxDepth = 64;

    /// <summary>The most aliases (<c>*name</c>) in one YAML file.</summary>
    public const int YamlMaxAliases = 1_000;

    /// <summary>
    /// The most nodes that aliases may add to one YAML file when expanded, counting an alias as the size of the node it
    /// names (with the aliases inside that node expanded too): the bound that stops a "billion laughs" file.
    /// </summary>
    public const int YamlMaxAliasExpansion = 100_000;

    /// <summary>The largest rule file (<c>revision.yaml</c>, <c>indicators/*.yaml</c>), in bytes: 1 MiB.</summary>
    public const int RuleFileMaxBytes = 1 << 20;

    /// <summary>The longest line of a rule file, in characters.</summary>
    public const int RuleFileMaxLineLength = 4_096;

    /// <summary>The largest calendar file, in bytes: 1 MiB (the national calendar, 2015 onwards, is 23 KB).</summary>
    public const int CalendarFileMaxBytes = 1 << 20;

    /// <summary>The longest line of a calendar file, in characters.</summary>
    public const int CalendarFileMaxLineLength = 4_096;

    /// <summary>The largest regression-case file (<c>tests/*.yaml</c>), in bytes: 4 MiB, since cases carry facts.</summary>
    public const int CaseFileMaxBytes = 4 << 20;

    /// <summary>The longest line of a regression-case file, in characters (facts are often written one per line).</summary>
    public const int CaseFileMaxLineLength = 16_384;

    /// <summary>The most symbolic links followed while resolving one path (as the ELOOP limit of Linux).</summary>
    public const int MaxSymbolicLinkHops = 40;

    /// <summary>The most characters of a file's text quoted in one diagnostic message (a value, a key, a line).</summary>
    public const int MessageExcerptLength = 80;

    /// <summary>Gets the limits of rule files.</summary>
    public static FileLimits RuleFile { get; } = new("a rule file", RuleFileMaxBytes, RuleFileMaxLineLength);

    /// <summary>Gets the limits of calendar files.</summary>
    public static FileLimits CalendarFile { get; } = new("a calendar file", CalendarFileMaxBytes, CalendarFileMaxLineLength);

    /// <summary>Gets the limits of regression-case files.</summary>
    public static FileLimits CaseFile { get; } = new("a regression-case file", CaseFileMaxBytes, CaseFileMaxLineLength);

    // ---- Facts files (FactsInput: JSON, YAML and CSV facts) ----

    /// <summary>
    /// The largest facts file read (2 GiB). A national quarter — about 14,000 websites, 150,000 accounts and a few
    /// million observations — is a few hundred megabytes as JSON or CSV.
    /// </summary>
    public const long MaxFactsFileBytes = 2L * 1024 * 1024 * 1024;

    /// <summary>
    /// The largest YAML facts file read (64 MiB): YAML is read whole into a node tree (about ten times its size in
    /// memory), so larger batches belong in JSON or CSV, which are read as streams.
    /// </summary>
    public const long MaxYamlFactsFileBytes = 64L * 1024 * 1024;

    /// <summary>
    /// The deepest nesting of lists and mappings in a JSON or YAML facts document (64). A facts document needs four
    /// levels (document, observations, a fact type's list, a fact) plus one for a list value.
    /// </summary>
    public const int MaxFactsNestingDepth = 64;

    /// <summary>The most aliases (<c>*name</c>) a YAML facts file may hold (10,000).</summary>
    public const int MaxYamlAliases = 10_000;

    /// <summary>
    /// The most nodes the aliases of a YAML facts file may repeat in all, counting each alias as a copy of the node it
    /// names (100,000): a "billion laughs" document, whose aliases name lists of aliases, is refused before it is read.
    /// </summary>
    public const long MaxYamlAliasExpansion = 100_000;

    /// <summary>The longest value (a JSON or YAML scalar, a CSV field) in a facts file, in characters (64 Ki).</summary>
    public const int MaxFactsValueChars = 64 * 1024;

    /// <summary>The longest record (row) of a CSV facts file, in characters (1 Mi).</summary>
    public const int MaxCsvRecordChars = 1024 * 1024;

    /// <summary>The earliest year a date in facts may have (1990): the Chinese government web began in the 1990s.</summary>
    public const int MinFactsYear = 1990;

    /// <summary>
    /// The latest year a date in facts may have (2100), far from the end of the calendar (9999-12-31), where a window
    /// or a "next day" would overflow.
    /// </summary>
    public const int MaxFactsYear = 2100;
}
