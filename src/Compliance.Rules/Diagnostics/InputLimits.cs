namespace Compliance.Rules.Diagnostics;

/// <summary>
/// The bounds every input is checked against before it is processed, so that a hostile or broken file is reported
/// as a diagnostic instead of exhausting memory, the stack or time. Each bound is generous for real input.
/// </summary>
/// <remarks>The facts limits are documented for users in rules/README.md ("Limits of facts input").</remarks>
internal static class InputLimits
{
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
