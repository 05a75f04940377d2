namespace Compliance.Rules.Facts.Input;

/// <summary>The text encoding of a facts file, as <see cref="TextEncodingCheck"/> finds it.</summary>
internal enum TextEncodingKind
{
    /// <summary>UTF-8, with or without a byte order mark (also pure ASCII).</summary>
    Utf8,

    /// <summary>Not UTF-8, but GB18030 (which includes GBK).</summary>
    Gb18030,

    /// <summary>UTF-16, recognised by its byte order mark.</summary>
    Utf16,

    /// <summary>Neither UTF-8 nor GB18030.</summary>
    Other,
}
