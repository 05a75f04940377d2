using System.Text;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Tests.Hostile;
using Compliance.Rules.Testing;

namespace Compliance.Rules.Tests.RuleSetCases;

/// <summary>
/// Hostile regression-case files (issue 10): refused with positioned diagnostics, never an exception or a hang, and no
/// case file is read from outside the folder being loaded.
/// </summary>
public sealed class HostileCaseFilesTest : IDisposable
{
    private const string Case =
        """
        cases:
          - name: 甲
            as_of: 2019-06-20
            websites:
              - { id: D, name: 某局网站, organiser: 某局, is_portal: false, provides_external_services: false, level: 市级 }
            expect:
              D: { verdict: 合格, violations: [] }
        """;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "cr-cases-" + Guid.NewGuid().ToString("N"));

    public HostileCaseFilesTest()
    {
        Directory.CreateDirectory(Path.Combine(_root, "rules", "t", "tests"));
        Directory.CreateDirectory(Path.Combine(_root, "elsewhere"));
    }

    /// <summary>Gets the revision folder, rules/t: its root is rules/, so _root/elsewhere is outside.</summary>
    private string Revision => Path.Combine(_root, "rules", "t");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Parse_NestedFarTooDeep_ReportsCR0006()
    {
        var suite = HangGuard.Run("the case file", () => RegressionSuite.Parse(Case + "\n" + HostileYaml.DeepFlowLines("note", 100_000), "cases.yaml"));

        Single(suite.Diagnostics, "CR0006").Location.Line.Should().Be(8 + InputLimits.YamlMaxDepth);
    }

    [Fact]
    public void Parse_BillionLaughs_ReportsCR0007()
    {
        var suite = HangGuard.Run("the case file", () => RegressionSuite.Parse(HostileYaml.AliasBomb("cases"), "cases.yaml"));

        Single(suite.Diagnostics, "CR0007").Location.Line.Should().Be(6);
    }

    [Fact]
    public void ReadFolder_FileLargerThanTheLimit_ReportsCR0008()
    {
        var path = Write("1.yaml", Case + "\n# " + new string('x', 1_000) + string.Concat(Enumerable.Repeat("\n# " + new string('x', 1_000), InputLimits.CaseFileMaxBytes / 1_000)));

        Single(RegressionSuite.ReadFolder(Revision).Diagnostics, "CR0008").Location.Should().Be(SourceLocation.OfFile(path));
    }

    [Fact]
    public void Parse_LineLongerThanTheLimit_ReportsCR0009()
    {
        var suite = RegressionSuite.Parse(Case.Replace("name: 甲", "name: " + new string('甲', 20_000), StringComparison.Ordinal), "cases.yaml");

        Single(suite.Diagnostics, "CR0009").Location.Should().Be(new SourceLocation("cases.yaml", 2, InputLimits.CaseFileMaxLineLength + 1));
    }

    [Fact]
    public void Parse_PythonTag_ReportsCR0010()
    {
        var suite = RegressionSuite.Parse(Case.Replace("as_of: 2019-06-20", "as_of: !!python/object/apply:os.system [ls]", StringComparison.Ordinal), "cases.yaml");

        suite.Diagnostics.Should().Contain(d => d.Code == "CR0010" && d.Location == new SourceLocation("cases.yaml", 3, 12));
    }

    [Fact]
    public void ReadFolder_GbkFile_ReportsOneCR0011()
    {
        var path = Path.Combine(Revision, "tests", "1.yaml");
        File.WriteAllBytes(path, HostileYaml.Gb18030(Case));

        var error = Single(RegressionSuite.ReadFolder(Revision).Diagnostics, "CR0011");
        error.Location.Should().Be(new SourceLocation(path, 2, 11), "the case name 甲 is the first byte that is not UTF-8");
        error.Message.Should().StartWith("this file is GBK/GB18030, not UTF-8; save it as UTF-8");
    }

    [Fact]
    public void Parse_RepeatedCaseName_ReportsCR4001AndTheCasesOtherErrors()
    {
        var yaml = Case + "\n" + Case["cases:\n".Length..].Replace("as_of: 2019-06-20", "as_of: 2019-13-45", StringComparison.Ordinal).Replace("合格", "通过", StringComparison.Ordinal);

        var suite = RegressionSuite.Parse(yaml, "cases.yaml");

        suite.Errors.Select(e => $"{e.Code} {e.Location.Line}:{e.Location.Column}").Should().Equal("CR4001 8:11", "CR0004 9:12", "CR0004 13:21");
    }

    [Fact]
    public void ReadFolder_LinkToAFileOutside_ReportsCR2020AndNeverReadsIt()
    {
        var secret = Path.Combine(_root, "elsewhere", "passwd");
        File.WriteAllText(secret, "root:x:0:0:root:/root:/bin/bash\n");
        var link = Path.Combine(Revision, "tests", "1.yaml");
        File.CreateSymbolicLink(link, secret);

        var error = Single(RegressionSuite.ReadFolder(Revision).Diagnostics, "CR2020");
        error.Location.Should().Be(SourceLocation.OfFile(link));
        error.Message.Should().NotContain("root:x");
    }

    [Fact]
    public void ReadFolder_DanglingLink_ReportsCR4005()
    {
        var link = Path.Combine(Revision, "tests", "1.yaml");
        File.CreateSymbolicLink(link, "gone.yaml");

        Single(RegressionSuite.ReadFolder(Revision).Diagnostics, "CR4005").Location.Should().Be(SourceLocation.OfFile(link));
    }

    private static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, string code)
    {
        var error = diagnostics.Should().ContainSingle(string.Join(Environment.NewLine, diagnostics)).Which;
        error.Code.Should().Be(code);
        error.Severity.Should().Be(DiagnosticSeverity.Error);
        return error;
    }

    private string Write(string name, string yaml)
    {
        var path = Path.Combine(Revision, "tests", name);
        File.WriteAllText(path, yaml, new UTF8Encoding(false));
        return path;
    }
}
