using System.Reflection;
using System.Text;

namespace Compliance.Rules.Resources;

/// <summary>
/// The rule sets, calendars and schema embedded in this assembly from the repository's <c>rules/</c> folder.
/// Resource names are the paths below <c>rules/</c>, with forward slashes (for example <c>rules/calendars/cn.yaml</c>).
/// </summary>
internal static class BuiltInResources
{
    /// <summary>The prefix by which built-in sources are named in diagnostics and on the command line.</summary>
    public const string Scheme = "builtin:";

    private static readonly Assembly Assembly = typeof(BuiltInResources).Assembly;

    /// <summary>Gets the names of the embedded files below a folder, such as <c>rules/calendars/</c>.</summary>
    /// <param name="folder">The folder, ending with a slash.</param>
    /// <returns>The resource names, sorted ordinally.</returns>
    public static IReadOnlyList<string> List(string folder) =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(folder, StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();

    /// <summary>Reads an embedded file as UTF-8 text.</summary>
    /// <param name="name">The resource name.</param>
    /// <returns>The text, or <see langword="null"/> when there is no such resource.</returns>
    public static string? ReadText(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
