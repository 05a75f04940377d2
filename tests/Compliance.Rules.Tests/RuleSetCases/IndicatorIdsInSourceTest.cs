using System.Text.RegularExpressions;

namespace Compliance.Rules.Tests.RuleSetCases;

/// <summary>Rules are data: no C# file under src/ names an indicator or group of a built-in revision.</summary>
public sealed class IndicatorIdsInSourceTest
{
    [Fact]
    public void SourceFiles_NameNoIndicatorOrGroupOfABuiltInRevision()
    {
        var ids = RuleSet.BuiltInIds
            .Select(id => RuleSet.ReadBuiltIn(id).GetValueOrThrow())
            .SelectMany(r => r.Indicators.Select(i => i.Id).Concat(r.Groups.Select(g => g.Id)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var pattern = new Regex(
            "(?<![A-Za-z0-9_-])(" + string.Join("|", ids.OrderByDescending(i => i.Length).Select(Regex.Escape)) + ")(?![A-Za-z0-9_])",
            RegexOptions.CultureInvariant);
        var sources = Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !Path.GetRelativePath(TestPaths.RepoRoot, file).Replace('\\', '/').Split('/').Any(part => part is "bin" or "obj"));

        var found = sources
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, index)))
            .SelectMany(x => pattern.Matches(x.line).Select(m => $"{Path.GetRelativePath(TestPaths.RepoRoot, x.file)}:{x.index + 1}: {m.Value}"))
            .ToList();

        ids.Should().Contain(["W-V2", "NM-V2", "S-V1", "P-V4a", "W-D1"], "the check must see the built-in revisions");
        found.Should().BeEmpty("an indicator's id, condition and numbers belong in its YAML rule set");
    }
}
