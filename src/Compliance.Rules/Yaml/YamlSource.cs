using Compliance.Rules.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Compliance.Rules.Yaml;

/// <summary>
/// Parses YAML text into a node tree that keeps positions, turning the parser's own errors
/// (bad indentation, tabs, unclosed quotes) into diagnostics at the parser's position.
/// </summary>
/// <remarks>
/// Every event passes a <see cref="YamlEventGuard"/> before the tree is built, so nesting, aliases, tags and repeated
/// keys are checked against <see cref="InputLimits"/> while the text is read, not after.
/// </remarks>
internal static class YamlSource
{
    private const string DuplicateKeyPrefix = "Duplicate key ";

    /// <summary>Parses one YAML document.</summary>
    /// <param name="text">The YAML text.</param>
    /// <param name="file">The file name used in diagnostics.</param>
    /// <param name="diagnostics">Receives a diagnostic when the text is not well-formed.</param>
    /// <returns>The root node, or <see langword="null"/> when the text is empty or not well-formed.</returns>
    public static YamlNode? Parse(string text, string file, ICollection<Diagnostic> diagnostics)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(text);
        var scanner = new Scanner(reader);
        try
        {
            stream.Load(new YamlEventGuard(new Parser(scanner), file, diagnostics));
        }
        catch (YamlLimitException ex)
        {
            diagnostics.Add(ex.Diagnostic);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way, instead of with a YamlException, on a line-break character other than
            // a line feed (a lone carriage return, U+0085, U+2028) before a plain scalar in a flow list or mapping.
            var mark = scanner.CurrentPosition;
            diagnostics.Add(Diagnostic.Create(
                DiagnosticCodes.YamlSyntax,
                "not well-formed YAML: the parser cannot read on from here (often a stray line-break character before it: a lone carriage return, U+0085 or U+2028)",
                new SourceLocation(file, (int)mark.Line, (int)mark.Column)));
            return null;
        }
        catch (YamlException ex)
        {
            var mark = ex.Start;
            var message = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
            var location = new SourceLocation(file, (int)mark.Line, (int)mark.Column);
            var hint = string.Empty;
            if (message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstIndentingTab(text) is { } tab)
            {
                // The parser reports some tab errors at the start of the enclosing mapping; the tab itself is more useful.
                location = tab with { File = file };
                hint = " (indent with spaces, not tabs)";
            }

            var cleaned = Clean(message);
            if (cleaned.StartsWith(DuplicateKeyPrefix, StringComparison.Ordinal))
            {
                // YamlDotNet refuses a repeated key while building the mapping; report it as the format's own duplicate-key error.
                var key = cleaned[DuplicateKeyPrefix.Length..].Trim();
                diagnostics.Add(Diagnostic.Create(DiagnosticCodes.DuplicateKey, $"key '{MessageExcerpt.Of(key)}' is given twice", location));
                return null;
            }

            diagnostics.Add(Diagnostic.Create(DiagnosticCodes.YamlSyntax, $"not well-formed YAML: {cleaned}{hint}", location));
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode;
            diagnostics.Add(Diagnostic.Create(
                DiagnosticCodes.YamlSyntax,
                "a file holds one YAML document; found a second one (remove the '---' separator)",
                At(second, file)));
        }

        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    /// <summary>Gets the position where a node starts.</summary>
    /// <param name="node">The node.</param>
    /// <param name="file">The file the node was read from.</param>
    /// <returns>The node's location.</returns>
    public static SourceLocation At(YamlNode node, string file) =>
        new(file, (int)node.Start.Line, (int)node.Start.Column);

    private static SourceLocation? FirstIndentingTab(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0 && tab < indent)
            {
                return new SourceLocation(string.Empty, i + 1, tab + 1);
            }
        }

        return null;
    }

    private static string Clean(string message)
    {
        // YamlDotNet prefixes its messages with "(Line: x, Col: y, Idx: z) - (Line: ...): "; the location is reported separately.
        var index = message.LastIndexOf("): ", StringComparison.Ordinal);
        return index >= 0 ? message[(index + 3)..] : message;
    }
}
