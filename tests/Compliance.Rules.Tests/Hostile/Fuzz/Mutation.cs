namespace Compliance.Rules.Tests.Hostile.Fuzz;

/// <summary>One way the fuzzer damages a file: the kinds of hostile or broken input a loader must refuse with a diagnostic.</summary>
internal enum Mutation
{
    /// <summary>One to eight bytes replaced by random bytes.</summary>
    FlipBytes,

    /// <summary>The file cut off at a random byte (often inside a multi-byte character or a quote).</summary>
    Truncate,

    /// <summary>A random line removed.</summary>
    DeleteLine,

    /// <summary>A random line written twice (duplicate keys, ids and list items).</summary>
    DuplicateLine,

    /// <summary>Lists or mappings nested 65 to 5,000 levels deep, replacing a value or added as a key.</summary>
    DeepNesting,

    /// <summary>An anchor put on one value and an alias to it written in place of another (or an alias to nothing, or to its own container).</summary>
    Alias,

    /// <summary>A "billion laughs": anchors of ten aliases of the one before, and an alias to the last written in place of a value.</summary>
    AliasBomb,

    /// <summary>The text re-encoded as GB18030 (what Chinese Windows saves as "ANSI").</summary>
    Gb18030,

    /// <summary>The text re-encoded as UTF-16 (little or big endian, with or without a byte order mark).</summary>
    Utf16,

    /// <summary>The text re-encoded as Latin-1 (every character it cannot hold becomes '?').</summary>
    Latin1,

    /// <summary>A number replaced by a huge, negative zero, not-a-number or infinite one.</summary>
    HugeNumber,

    /// <summary>A date replaced by one at the ends of the calendar (0001-01-01, 9999-12-31) or an impossible one (2023-02-29).</summary>
    RangeEndDate,

    /// <summary>A control or invisible character inserted: NUL, ESC, a bidirectional override, a lone carriage return…</summary>
    ControlCharacter,

    /// <summary>A run of 4,097 to 70,000 characters inserted into a line.</summary>
    LongLine,

    /// <summary>A multi-byte UTF-8 character cut short (its last byte removed).</summary>
    BrokenUtf8,
}
