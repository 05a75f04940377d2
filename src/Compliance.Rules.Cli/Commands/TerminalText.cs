using System.Globalization;
using System.Text;

namespace Compliance.Rules.Cli.Commands;

/// <summary>
/// Makes a line safe to print on a terminal: the ids, names and paths that diagnostics quote from the facts may hold
/// ESC, BEL, NUL, other C0 and C1 controls or bidirectional overrides, which would act on the terminal (clear it, change
/// colours, reorder the text) instead of being shown.
/// </summary>
/// <remarks>
/// The same rule as the Markdown report's (the library's <c>VisibleText</c>, internal to it): a C0 control becomes its
/// control picture (ESC → ␛), DEL becomes ␡, a C1 or bidirectional control its escape (<c>\u202E</c>).
/// </remarks>
internal static class TerminalText
{
    private static readonly System.Buffers.SearchValues<char> Controls = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Select(i => (char)i))
        + string.Concat(Enumerable.Range(0x7F, 0x21).Select(i => (char)i))
        + "\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    /// <summary>Gets text of several lines (a message listing diagnostics) with every control character made visible but the line breaks.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The lines, each made safe, joined by <see cref="Environment.NewLine"/>.</returns>
    public static string Lines(string text) =>
        string.Join(Environment.NewLine, text.ReplaceLineEndings("\n").Split('\n').Select(Of));

    /// <summary>Gets the line with every control character made visible.</summary>
    /// <param name="line">The line (one line: a line break in it is made visible too).</param>
    /// <returns>The line, unchanged when it holds no control character.</returns>
    public static string Of(string line)
    {
        if (!line.AsSpan().ContainsAny(Controls))
        {
            return line;
        }

        var builder = new StringBuilder(line.Length + 8);
        foreach (var c in line)
        {
            _ = c switch
            {
                < '\u0020' => builder.Append((char)('\u2400' + c)),
                '\u007F' => builder.Append('\u2421'),
                _ when Controls.Contains(c) => builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
