using System.IO.Compression;
using System.Xml.Linq;

namespace Compliance.Rules.Tests.Packaging;

/// <summary>
/// The testing package in a host's own test project: TestConsumer/ is an xunit project that references
/// Compliance.Rules.Testing by version and keeps its overlay of gb-2019 in rules/demo-2024 with two regression cases
/// (worked out by hand in their file). <c>dotnet test</c> runs it as it is, then again after a wrong expectation is
/// written into the output folder's copy of the case file.
/// </summary>
public sealed partial class PackageConsumerTest
{
    private static readonly string TestConsumerFixture = Path.Combine(TestPaths.RepoRoot, "tests", "Compliance.Rules.Tests", "Packaging", "TestConsumer");

    private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    // The cases of TestConsumer/rules/demo-2024/tests/1-new-media.yaml, by file and name, as the consumer's tests name them.
    private const string SplitCase = "1-new-media.yaml/NM-V2 最后发布6月19日不合格，6月20日合格";
    private const string StricterThanNationalCase = "1-new-media.yaml/NM-V2 最后发布6月15日：全国指标合格，本市不合格";

    private string TestConsumer => Path.Combine(_root, "test-consumer");

    [Fact]
    public void Readme_HostsOwnCasesSection_IsTheTestConsumersTestVerbatim()
    {
        var test = ReadText(Path.Combine(TestConsumerFixture, "OverlayCasesTest.cs"));

        var readme = ReadText(Path.Combine(TestPaths.RepoRoot, "README.md"));

        readme.Should().Contain("```csharp\n" + test + "```\n", "the README's example of a host's own cases is the test the packaging test runs");
    }

    /// <summary>Copies the test consumer into its folder, with the feed's NuGet.config, ready to build.</summary>
    private void PrepareTestConsumer()
    {
        CopyFixture(TestConsumerFixture, TestConsumer);
        File.Copy(Path.Combine(Consumer, "NuGet.config"), Path.Combine(TestConsumer, "NuGet.config"));
    }

    /// <summary>Runs the built test consumer's tests twice: as it is, and with a wrong expectation.</summary>
    private async Task<(TestRun AsItIs, TestRun WrongExpectation)> RunTestConsumerAsync()
    {
        var asItIs = await TestAsync("as-it-is.trx");

        // B's last post, 6月20日, is inside the overlay's 7 days: it passes, so expecting 不合格 is wrong.
        var cases = Path.Combine(TestConsumer, "bin", "Release", "net10.0", "rules", "demo-2024", "tests", "1-new-media.yaml");
        var text = File.ReadAllText(cases);
        text.Should().Contain("B: { verdict: 合格, violations: [] }");
        File.WriteAllText(cases, text.Replace("B: { verdict: 合格, violations: [] }", "B: { verdict: 不合格, violations: [] }", StringComparison.Ordinal));
        var wrong = await TestAsync("wrong-expectation.trx");
        return (asItIs, wrong);
    }

    private async Task<TestRun> TestAsync(string trxFile)
    {
        var trx = Path.Combine(TestConsumer, trxFile);
        var run = await RunAsync(TestConsumer, Dotnet, "test", "--configuration", "Release", "--no-build", "--logger", $"trx;LogFileName={trx}");
        File.Exists(trx).Should().BeTrue($"dotnet test writes its results to {trx}:\n{run.Log}");
        var results = XDocument.Load(trx).Descendants(Trx + "UnitTestResult")
            .Select(r => new TestOutcome(
                (string)r.Attribute("testName")!,
                (string)r.Attribute("outcome")!,
                r.Descendants(Trx + "Message").Select(m => m.Value).FirstOrDefault() ?? string.Empty))
            .ToList();
        return new TestRun(run, results);
    }

    private void AssertTestConsumerRanItsOwnCases(ProcessResult build, TestRun asItIs, TestRun wrongExpectation)
    {
        // Assert: the test project restored the testing package, and with it the core, at the packed version.
        var assets = ReadText(Path.Combine(TestConsumer, "obj", "project.assets.json"));
        assets.Should().Contain($"\"Compliance.Rules.Testing/{_version}\"").And.Contain($"\"Compliance.Rules/{_version}\"", build.Log);

        // Assert: as it is, each case is a test of its own and passes.
        asItIs.Process.ExitCode.Should().Be(0, asItIs.Process.Log);
        asItIs.Results.Should().HaveCount(2, asItIs.Process.Log);
        asItIs.Results.Should().ContainSingle(r => r.Name.Contains(SplitCase, StringComparison.Ordinal));
        asItIs.Results.Should().ContainSingle(r => r.Name.Contains(StricterThanNationalCase, StringComparison.Ordinal));
        asItIs.Results.Should().OnlyContain(r => r.Outcome == "Passed");

        // Assert: with the wrong expectation, that case fails naming itself and the difference, as compliance-rules test
        // prints it (the folder is relative: dotnet test runs the tests in the output folder); the other still passes.
        wrongExpectation.Process.ExitCode.Should().NotBe(0, wrongExpectation.Process.Log);
        wrongExpectation.Results.Should().HaveCount(2, wrongExpectation.Process.Log);
        var failed = wrongExpectation.Results.Should().ContainSingle(r => r.Outcome == "Failed", wrongExpectation.Process.Log).Which;
        failed.Name.Should().Contain(SplitCase);
        failed.Message.ReplaceLineEndings("\n").Should().Contain(
            $"FAIL {SplitCase} (rules/demo-2024/tests/1-new-media.yaml:7:5)\n  B verdict: expected 不合格, actual 合格");
        wrongExpectation.Results.Should().ContainSingle(r => r.Outcome == "Passed").Which.Name.Should().Contain(StricterThanNationalCase);
    }

    private void AssertTestingPackage()
    {
        // Assert: the core package no longer holds the testing types, and the testing package holds them with its
        // documentation and depends on exactly the core of its own version.
        using var library = ZipFile.OpenRead(Path.Combine(Feed, $"Compliance.Rules.{_version}.nupkg"));
        using var testing = ZipFile.OpenRead(Path.Combine(Feed, $"Compliance.Rules.Testing.{_version}.nupkg"));
        foreach (var framework in LibraryFrameworks)
        {
            TypeNamespaces(library, $"lib/{framework}/Compliance.Rules.dll").Should().NotContain("Compliance.Rules.Testing");
            TypeNamespaces(testing, $"lib/{framework}/Compliance.Rules.Testing.dll").Should().Contain("Compliance.Rules.Testing");
            testing.GetEntry($"lib/{framework}/Compliance.Rules.Testing.xml").Should().NotBeNull("the testing package documents its API");
        }

        var spec = Nuspec(testing);
        var ns = spec.Root!.Name.Namespace;
        var groups = spec.Root.Element(ns + "metadata")!.Element(ns + "dependencies")!.Elements(ns + "group").ToList();
        groups.Select(g => (string?)g.Attribute("targetFramework")).Should().BeEquivalentTo(LibraryFrameworks);
        foreach (var group in groups)
        {
            group.Elements(ns + "dependency").Select(d => $"{(string?)d.Attribute("id")} {(string?)d.Attribute("version")}")
                .Should().Equal($"Compliance.Rules [{_version}]");
        }

        File.Exists(Path.Combine(Feed, $"Compliance.Rules.Testing.{_version}.snupkg")).Should().BeTrue("the testing package ships a symbols package");
        ReadEntry(testing, "README.md").Should().Be(ReadEntry(library, "README.md"), "every package shows the repository's README");
    }

    private static HashSet<string> TypeNamespaces(ZipArchive package, string entry) =>
        ReadMetadata(package, entry, reader => reader.TypeDefinitions.Select(h => reader.GetString(reader.GetTypeDefinition(h).Namespace)).ToHashSet(StringComparer.Ordinal));

    private sealed record TestOutcome(string Name, string Outcome, string Message);

    private sealed record TestRun(ProcessResult Process, IReadOnlyList<TestOutcome> Results);
}
