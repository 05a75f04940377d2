namespace Compliance.Rules.Facts.Input;

/// <summary>What <see cref="TextEncodingCheck"/> found out about a file.</summary>
/// <param name="Kind">The encoding.</param>
/// <param name="FirstNonUtf8Line">The one-based line of the first byte that is not UTF-8; 0 for a UTF-8 file.</param>
internal readonly record struct TextEncodingResult(TextEncodingKind Kind, int FirstNonUtf8Line);
