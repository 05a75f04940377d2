using System.Text;
using Compliance.Rules.PlainText;

namespace Compliance.Rules.Cli.Reporting.Docx;

/// <summary>
/// Text as a document shows it: a line break or tab from the facts becomes a space (a name stays on its line of the
/// table), control characters and bidirectional overrides are shown as symbols (ESC as ␛, U+202E as <c>\u202E</c>) as
/// the Markdown report shows them, and a lone surrogate, which XML cannot hold, becomes U+FFFD.
/// </summary>
/// <remarks>
/// A document has no formulas: text is written as text runs, never as fields, so <c>=HYPERLINK(…)</c> or a DDE string in
/// a name is shown as it is written.
/// </remarks>
internal static class DocxText
{
    /// <summary>Gets the text to write in a run.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text, unchanged when it holds nothing to replace.</returns>
    public static string Of(string text)
    {
        var visible = VisibleText.Of(text.ReplaceLineEndings(" ").Replace('\t', ' '));
        if (!visible.Any(char.IsSurrogate))
        {
            return visible;
        }

        var builder = new StringBuilder(visible.Length);
        for (var i = 0; i < visible.Length; i++)
        {
            var c = visible[i];
            if (char.IsHighSurrogate(c) && i + 1 < visible.Length && char.IsLowSurrogate(visible[i + 1]))
            {
                builder.Append(c).Append(visible[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return builder.ToString();
    }
}
