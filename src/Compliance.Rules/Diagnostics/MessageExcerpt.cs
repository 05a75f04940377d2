namespace Compliance.Rules.Diagnostics;

/// <summary>
/// Shortens text taken from a file before a message quotes it: at most its first line, and at most
/// <see cref="InputLimits.MessageExcerptLength"/> characters of it, so that an error never reprints a file's content.
/// </summary>
/// <remarks>
/// A file that is not YAML at all (a password file behind a symbolic link, a binary) reads as one long multi-line
/// value; a message quoting that value would otherwise print the whole file.
/// </remarks>
internal static class MessageExcerpt
{
    private const string Ellipsis = "…";

    /// <summary>Gets at most the first line of <paramref name="text"/>, cut to the excerpt length with "…" when longer.</summary>
    /// <param name="text">The text from a file.</param>
    /// <returns>The excerpt; the text itself when it is one short line.</returns>
    public static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var end = text.AsSpan().IndexOfAny('\r', '\n');
        var cut = end >= 0 || text.Length > InputLimits.MessageExcerptLength;
        var line = end >= 0 ? text[..end] : text;
        if (line.Length > InputLimits.MessageExcerptLength)
        {
            // Never split a surrogate pair.
            var length = InputLimits.MessageExcerptLength;
            if (char.IsHighSurrogate(line[length - 1]))
            {
                length--;
            }

            line = line[..length];
        }

        return cut ? line + Ellipsis : line;
    }
}
