namespace Compliance.Rules.Cli.Reporting;

/// <summary>
/// How wide a text prints, in the width of a Latin digit: Chinese characters, full-width punctuation (（）、：) and other
/// East Asian wide characters take two, everything else one. Spreadsheet column widths and document table columns are
/// sized with it.
/// </summary>
internal static class DisplayWidth
{
    /// <summary>Gets the width of a text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The width in digits.</returns>
    public static int Of(string text)
    {
        var width = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                // Beyond the basic plane: CJK extension B and later, emoji — all wide.
                width += 2;
                i++;
            }
            else
            {
                width += IsWide(c) ? 2 : 1;
            }
        }

        return width;
    }

    /// <summary>Tells whether a character is East Asian wide (Unicode's W and F classes, in the ranges that matter here).</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> when it takes two columns.</returns>
    public static bool IsWide(char c) => c is (>= '\u1100' and <= '\u115F')
        or (>= '\u2E80' and <= '\uA4CF')
        or (>= '\uAC00' and <= '\uD7A3')
        or (>= '\uF900' and <= '\uFAFF')
        or (>= '\uFE30' and <= '\uFE4F')
        or (>= '\uFF00' and <= '\uFF60')
        or (>= '\uFFE0' and <= '\uFFE6');
}
