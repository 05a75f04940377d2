using System.Text.RegularExpressions;

namespace Compliance.Rules.Tests.Hostile.Fuzz;

/// <summary>
/// The diagnostic codes the documentation lists: the rows of the code tables of rules/README.md and
/// rules/calendars/README.md, and the case-file codes listed there as bullets. A code a user can get must be one of them.
/// </summary>
internal static partial class DocumentedCodes
{
    /// <summary>Gets every documented code.</summary>
    public static IReadOnlySet<string> All { get; } = Read();

    /// <summary>Tells whether a code has the documented form, CR and four digits.</summary>
    /// <param name="code">The code.</param>
    /// <returns>Whether it does.</returns>
    public static bool IsWellFormed(string code) => CodeForm().IsMatch(code);

    private static HashSet<string> Read()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in new[] { "README.md", "calendars/README.md" })
        {
            foreach (var line in File.ReadLines(Path.Combine(TestPaths.Rules, file)))
            {
                if (TableRowOrBullet().Match(line) is { Success: true } match)
                {
                    codes.Add(match.Groups[1].Value);
                }
            }
        }

        return codes;
    }

    [GeneratedRegex(@"^CR\d{4}$")]
    private static partial Regex CodeForm();

    [GeneratedRegex(@"^(?:\|\s*|\*\s+`)(CR\d{4})\b")]
    private static partial Regex TableRowOrBullet();
}
