using System.Globalization;
using System.Text;

namespace Compliance.Rules.PlainText;

/// <summary>
/// Makes text from facts safe to show on a terminal: control characters (ESC, BEL, NUL and the other C0 and C1
/// controls) and the bidirectional controls that reorder what is displayed (U+202E and its kin) become visible symbols
/// instead of acting on the terminal or hiding part of a name.
/// </summary>
/// <remarks>
/// A C0 control becomes its Unicode control picture (ESC → ␛, U+241B; NUL → ␀), DEL becomes ␡, and a C1 or
/// bidirectional control is written as its escape (<c>\u202E</c>). Line breaks are the callers' business: they are
/// replaced by the same pictures here (␊, ␍). Other text, Chinese included, is kept as it is.
/// </remarks>
internal static class VisibleText
{
    /// <summary>Gets the text with every control character made visible.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text, unchanged when it holds no control character.</returns>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAny(Controls))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c < '\u0020')
            {
                builder.Append((char)('\u2400' + c));
            }
            else if (c == '\u007F')
            {
                builder.Append('\u2421');
            }
            else if (IsControl(c))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Tells whether a character is a control that <see cref="Of"/> makes visible.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for C0 and C1 controls, DEL and bidirectional controls.</returns>
    public static bool IsControl(char c) => Controls.Contains(c);

    private static readonly System.Buffers.SearchValues<char> Controls = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Select(i => (char)i))
        + string.Concat(Enumerable.Range(0x7F, 0x21).Select(i => (char)i))
        + "\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");
}
