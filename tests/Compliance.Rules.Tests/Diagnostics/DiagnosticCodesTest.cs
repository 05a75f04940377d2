using System.Reflection;
using System.Text.RegularExpressions;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Testing;

namespace Compliance.Rules.Tests.Diagnostics;

/// <summary>
/// The diagnostic catalogues (the core's <see cref="DiagnosticCodes"/> and the testing package's
/// <see cref="RegressionDiagnosticCodes"/>) hold every code the code base reports, once each, with a title.
/// </summary>
public sealed partial class DiagnosticCodesTest
{
    // The files that define codes; a code written as a string anywhere else is a code outside the catalogue.
    private static readonly string[] CatalogueFiles =
    [
        "src/Compliance.Rules/Diagnostics/DiagnosticCodes.Yaml.cs",
        "src/Compliance.Rules/Diagnostics/DiagnosticCodes.Calendar.cs",
        "src/Compliance.Rules/Diagnostics/DiagnosticCodes.Rules.cs",
        "src/Compliance.Rules/Diagnostics/DiagnosticCodes.Facts.cs",
        "src/Compliance.Rules/Diagnostics/DiagnosticCodes.Evaluation.cs",
        "src/Compliance.Rules.Testing/Cases/RegressionDiagnosticCodes.cs",
        "src/Compliance.Rules.Hosting/Loading/HostingDiagnosticCodes.cs",
    ];

    private static IEnumerable<DiagnosticDescriptor> Catalogued => DiagnosticCodes.All.Concat(RegressionDiagnosticCodes.All);

    [Fact]
    public void All_EveryCatalogue_HasUniqueCodes()
    {
        Catalogued.Select(d => d.Code).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void All_EveryDescriptor_HasAnEnglishAndAChineseTitle()
    {
        Catalogued.Should().AllSatisfy(d =>
        {
            d.Title.Should().MatchRegex("^[A-Z][A-Za-z0-9 ,'-]+$", "{0} has a short English title", d.Code);
            d.ChineseTitle.Should().MatchRegex(@"\p{IsCJKUnifiedIdeographs}", "{0} has a Chinese title", d.Code);
        });
    }

    [Fact]
    public void All_Core_ListsEveryDescriptorPropertyInCodeOrder()
    {
        var declared = typeof(DiagnosticCodes).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(DiagnosticDescriptor))
            .Select(p => ((DiagnosticDescriptor)p.GetValue(null)!).Code);

        DiagnosticCodes.All.Select(d => d.Code).Should().BeEquivalentTo(declared).And.BeInAscendingOrder(StringComparer.Ordinal);
        DiagnosticCodes.All.Should().HaveCount(77);
    }

    [Fact]
    public void All_Regression_ListsEveryDescriptorProperty()
    {
        var declared = typeof(RegressionDiagnosticCodes).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(DiagnosticDescriptor))
            .Select(p => (DiagnosticDescriptor)p.GetValue(null)!);

        RegressionDiagnosticCodes.All.Should().BeEquivalentTo(declared).And.OnlyContain(d => d.Code.StartsWith("CR4", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("CR2101", DiagnosticSeverity.Warning)]
    [InlineData("CR3014", DiagnosticSeverity.Warning)]
    [InlineData("CR5004", DiagnosticSeverity.Warning)]
    [InlineData("CR2004", DiagnosticSeverity.Error)]
    [InlineData("CR0001", DiagnosticSeverity.Error)]
    public void All_Severity_IsTheOneTheCodeWasAlwaysReportedWith(string code, DiagnosticSeverity severity)
    {
        DiagnosticCodes.All.Single(d => d.Code == code).DefaultSeverity.Should().Be(severity);
    }

    [Fact]
    public void SourceTree_NoCodeLiteralOutsideTheCatalogues()
    {
        var outside = SourceFiles()
            .Where(f => !CatalogueFiles.Contains(f.Path))
            .SelectMany(f => CodeLiteral().Matches(f.Text).Select(m => $"{f.Path}: {m.Value}"));

        outside.Should().BeEmpty("every emitting site names a catalogue entry, not a code");
    }

    [Fact]
    public void SourceTree_EveryCodeItMentionsIsCatalogued()
    {
        var known = Catalogued.Select(d => d.Code).Concat(HostingCodes()).ToHashSet(StringComparer.Ordinal);

        var unknown = SourceFiles()
            .SelectMany(f => Code().Matches(f.Text).Select(m => (f.Path, Code: m.Value)))
            .Where(mention => !known.Contains(mention.Code))
            .Select(mention => $"{mention.Path}: {mention.Code}");

        unknown.Should().BeEmpty("a code named in code, comments or grammar descriptions is one the catalogues define");
    }

    [Fact]
    public void SourceTree_EveryCoreDescriptorIsReportedSomewhere()
    {
        var uses = string.Concat(SourceFiles().Where(f => !CatalogueFiles.Contains(f.Path)).Select(f => f.Text));
        var names = typeof(DiagnosticCodes).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(DiagnosticDescriptor))
            .Select(p => p.Name);

        names.Where(name => !uses.Contains($"DiagnosticCodes.{name}", StringComparison.Ordinal))
            .Should().BeEmpty("a catalogued code that nothing reports documents a diagnostic that cannot happen");
    }

    [Fact]
    public void Constructor_CodeNotCrAndFourDigits_Throws()
    {
        var act = () => new DiagnosticDescriptor("CR12", DiagnosticSeverity.Error, "Title", "标题");

        act.Should().Throw<ArgumentException>().WithMessage("'CR12' is not a diagnostic code*");
    }

    [Fact]
    public void Create_Descriptor_TakesItsCodeAndSeverity()
    {
        var diagnostic = Diagnostic.Create(DiagnosticCodes.Deprecated, "write provenance", new SourceLocation("a.yaml", 2, 3), "W-1");

        diagnostic.Should().Be(new Diagnostic(DiagnosticSeverity.Warning, "CR2101", "write provenance", new SourceLocation("a.yaml", 2, 3), "W-1"));
    }

    private static IEnumerable<string> HostingCodes() =>
        CodeLiteral().Matches(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, CatalogueFiles[^1]))).Select(m => m.Value.Trim('"'));

    private static IEnumerable<(string Path, string Text)> SourceFiles()
    {
        var src = Path.Combine(TestPaths.RepoRoot, "src");
        return Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(TestPaths.RepoRoot, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .Select(f => (f, File.ReadAllText(Path.Combine(TestPaths.RepoRoot, f))))
            .ToList();
    }

    [GeneratedRegex("\"CR[0-9]{4}\"", RegexOptions.CultureInvariant)]
    private static partial Regex CodeLiteral();

    [GeneratedRegex(@"\bCR[0-9]{4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Code();
}
