using Compliance.Rules.Testing;
using Compliance.Rules.Tests.Cli;

namespace Compliance.Rules.Tests.RuleSetCases;

/// <summary>
/// RegressionCases, the theory data source of a host's test project, on the overlay the packaging test's test consumer
/// keeps (Packaging/TestConsumer/rules/demo-2024, whose two cases are worked out by hand in their file) and on copies of
/// it with a wrong expectation or a broken file.
/// </summary>
public sealed class RegressionCasesTest : IDisposable
{
    private const string CaseFile = "1-new-media.yaml";
    private const string FirstCase = "NM-V2 最后发布6月19日不合格，6月20日合格";
    private const string SecondCase = "NM-V2 最后发布6月15日：全国指标合格，本市不合格";

    private static readonly string Overlay = Path.Combine(TestPaths.RepoRoot, "tests", "Compliance.Rules.Tests", "Packaging", "TestConsumer", "rules", "demo-2024");

    private readonly string _root = Path.Combine(Path.GetTempPath(), "cr-theory-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void In_TheTestConsumersOverlay_GivesTheFolderAndFileSlashNameOfEachCaseInFileOrder()
    {
        var rows = RegressionCases.In(Overlay).ToList();

        rows.Should().BeEquivalentTo(
            new[] { new object[] { Overlay, $"{CaseFile}/{FirstCase}" }, new object[] { Overlay, $"{CaseFile}/{SecondCase}" } },
            options => options.WithStrictOrdering());
    }

    [Fact]
    public void Run_EachCaseOfTheTestConsumersOverlay_Passes()
    {
        foreach (var row in RegressionCases.In(Overlay))
        {
            var run = () => RegressionCases.Run((string)row[0], (string)row[1]);

            run.Should().NotThrow();
        }
    }

    [Fact]
    public void Run_WrongExpectation_ThrowsTheFailureAsTheTestCommandPrintsIt()
    {
        var folder = CopyOverlay(cases => cases.Replace("B: { verdict: 合格, violations: [] }", "B: { verdict: 不合格, violations: [NM-V2] }", StringComparison.Ordinal));
        var (exit, output, _) = CliRun.Run("test", folder);

        var run = () => RegressionCases.Run(folder, $"{CaseFile}/{FirstCase}");

        var thrown = run.Should().Throw<RegressionCaseException>().Which;
        thrown.Message.Split(Environment.NewLine).Should().Equal(
            $"FAIL {CaseFile}/{FirstCase} ({Path.Combine(folder, "tests", CaseFile)}:7:5)",
            "  B verdict: expected 不合格, actual 合格",
            "  B violations: expected [NM-V2], actual []");
        thrown.CaseId.Should().Be($"{CaseFile}/{FirstCase}");
        thrown.RulesFolder.Should().Be(folder);
        exit.Should().Be(1);
        CliRun.Lines(output).Should().Equal([.. thrown.Message.Split(Environment.NewLine), "1 passed, 1 failed"], "the message is what compliance-rules test prints");
    }

    [Fact]
    public void Run_CaseNameWithAnEscape_ShowsItAsASymbol()
    {
        var folder = CopyOverlay(cases => cases
            .Replace($"- name: {FirstCase}\n", $"- name: \"\\e[2J{FirstCase}\"\n", StringComparison.Ordinal)
            .Replace("B: { verdict: 合格", "B: { verdict: 不合格", StringComparison.Ordinal));
        var caseId = (string)RegressionCases.In(folder).First()[1];

        var run = () => RegressionCases.Run(folder, caseId);

        caseId.Should().Be($"{CaseFile}/\u001b[2J{FirstCase}");
        run.Should().Throw<RegressionCaseException>().Which.Message.Should().StartWith($"FAIL {CaseFile}/␛[2J{FirstCase} (").And.NotContain("\u001b");
    }

    [Fact]
    public void In_CaseFileWithAnError_GivesOneLoadingRowWhoseTestFailsWithThePositionedDiagnostic()
    {
        var folder = CopyOverlay(cases => cases.Replace("violations: [NM-V2]\n", "violations: [NM-V22]\n", StringComparison.Ordinal));

        var rows = RegressionCases.In(folder).ToList();
        var run = () => RegressionCases.Run(folder, "(loading)");

        rows.Should().BeEquivalentTo(new[] { new object[] { folder, "(loading)" } });
        run.Should().Throw<RegressionCaseException>().Which.Message.Split(Environment.NewLine).Should().Equal(
            $"the regression cases of '{folder}' do not load: 1 error(s)",
            $"{Path.Combine(folder, "tests", CaseFile)}:20:22: error CR4004: revision 'demo-2024' has no indicator 'NM-V22' (did you mean 'NM-V2'?) [{FirstCase}]");
    }

    [Fact]
    public void In_RuleSetWithAnError_GivesOneLoadingRowWhoseTestFailsWithThePositionedDiagnostic()
    {
        var folder = CopyOverlay(cases => cases);
        var indicators = Path.Combine(folder, "indicators", CaseFile);
        File.WriteAllText(indicators, File.ReadAllText(indicators).Replace("id: NM-V2", "id: NM-V9", StringComparison.Ordinal));

        var rows = RegressionCases.In(folder).ToList();
        var run = () => RegressionCases.Run(folder, $"{CaseFile}/{FirstCase}");

        rows.Should().BeEquivalentTo(new[] { new object[] { folder, "(loading)" } });
        run.Should().Throw<RegressionCaseException>().Which.Message.Split(Environment.NewLine).Should().Equal(
            $"the rule set '{folder}' does not load: 1 error(s)",
            $"{indicators}:4:5: error CR2008: override of 'NM-V9', which the base revision does not have (did you mean 'NM-V2'?) [NM-V9]");
    }

    [Fact]
    public void In_FolderWithoutCases_GivesOneLoadingRowWhoseTestSaysSo()
    {
        var folder = CopyOverlay(cases => cases);
        Directory.Delete(Path.Combine(folder, "tests"), recursive: true);

        var rows = RegressionCases.In(folder).ToList();
        var run = () => RegressionCases.Run(folder, "(loading)");

        rows.Should().BeEquivalentTo(new[] { new object[] { folder, "(loading)" } });
        run.Should().Throw<RegressionCaseException>().WithMessage($"'{folder}' has no regression case: write them in tests/*.yaml inside the revision folder");
    }

    [Fact]
    public void In_FolderThatDoesNotExist_GivesOneLoadingRow()
    {
        var folder = Path.Combine(_root, "nowhere");

        var rows = RegressionCases.In(folder).ToList();
        var run = () => RegressionCases.Run(folder, "(loading)");

        rows.Should().BeEquivalentTo(new[] { new object[] { folder, "(loading)" } });
        run.Should().Throw<RegressionCaseException>().Which.Message.Should().Contain($"'{folder}' is not a folder");
    }

    [Fact]
    public void Run_CaseIdTheFolderDoesNotHave_ThrowsListingItsCases()
    {
        var run = () => RegressionCases.Run(Overlay, $"{CaseFile}/改名前的用例");

        run.Should().Throw<RegressionCaseException>().WithMessage(
            $"'{Overlay}' has no regression case '{CaseFile}/改名前的用例' (renamed or removed since the tests were listed?); its cases are: {CaseFile}/{FirstCase}, {CaseFile}/{SecondCase}");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void In_EmptyFolderName_Throws(string folder)
    {
        var act = () => RegressionCases.In(folder);

        act.Should().Throw<ArgumentException>();
    }

    /// <summary>Copies the test consumer's overlay to rules/demo-2024 under a temporary folder, changing its case file.</summary>
    private string CopyOverlay(Func<string, string> changeCases)
    {
        var folder = Path.Combine(_root, "rules", "demo-2024");
        foreach (var file in Directory.EnumerateFiles(Overlay, "*.yaml", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(folder, Path.GetRelativePath(Overlay, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            var text = File.ReadAllText(file).ReplaceLineEndings("\n");
            File.WriteAllText(copy, file.EndsWith(Path.Combine("tests", CaseFile), StringComparison.Ordinal) ? changeCases(text) : text);
        }

        return folder;
    }
}
