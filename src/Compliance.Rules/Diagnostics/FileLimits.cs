namespace Compliance.Rules.Diagnostics;

/// <summary>The size and line-length limits of one kind of file (see <see cref="InputLimits"/>).</summary>
/// <param name="Kind">The kind of file, for messages (for example "a rule file").</param>
/// <param name="MaxBytes">The largest file, in bytes.</param>
/// <param name="MaxLineLength">The longest line, in characters (UTF-16 code units, not counting the line break).</param>
internal sealed record FileLimits(string Kind, int MaxBytes, int MaxLineLength);
