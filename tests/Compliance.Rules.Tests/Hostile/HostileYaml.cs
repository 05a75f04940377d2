using System.Text;

namespace Compliance.Rules.Tests.Hostile;

/// <summary>
/// Hostile inputs, generated when a test runs rather than committed (the largest would be megabytes): nesting far
/// beyond any real file, alias bombs, oversized files and lines, foreign tags, text that is not UTF-8.
/// </summary>
internal static class HostileYaml
{
    /// <summary>Gets <paramref name="depth"/> flow lists nested inside each other under a key: <c>key: [[[…]]]</c>.</summary>
    /// <param name="key">The top-level key.</param>
    /// <param name="depth">How many lists deep.</param>
    /// <returns>The YAML text (about 2 × depth characters).</returns>
    public static string DeepFlow(string key, int depth) => $"{key}: {new string('[', depth)}{new string(']', depth)}\n";

    /// <summary>Gets <paramref name="depth"/> flow lists nested inside each other under a key, one bracket a line (so no line is long).</summary>
    /// <param name="key">The top-level key.</param>
    /// <param name="depth">How many lists deep.</param>
    /// <returns>The YAML text (about 6 × depth characters): line 1 is the key, line n + 1 opens the n-th list at column 2.</returns>
    public static string DeepFlowLines(string key, int depth) =>
        $"{key}:\n{string.Concat(Enumerable.Repeat(" [\n", depth))}{string.Concat(Enumerable.Repeat(" ]\n", depth))}";

    /// <summary>
    /// Gets a "billion laughs" under a key: a list whose item 0 holds ten scalars and each further item ten aliases of
    /// the one before, so that the last of <paramref name="levels"/> items stands for 10^levels scalars.
    /// </summary>
    /// <param name="key">The top-level key.</param>
    /// <param name="levels">How many items (9 gives a billion scalars).</param>
    /// <returns>The YAML text (under 1 KB).</returns>
    public static string AliasBomb(string key, int levels = 9)
    {
        var text = new StringBuilder($"{key}:\n  - &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < levels; i++)
        {
            var previous = string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10));
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"  - &a{i} [{previous}]\n");
        }

        return text.ToString();
    }

    /// <summary>Gets the text's bytes in GB18030, the encoding Chinese Windows and WPS save "ANSI" text in.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The bytes.</returns>
    public static byte[] Gb18030(string text) => CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes(text);
}
