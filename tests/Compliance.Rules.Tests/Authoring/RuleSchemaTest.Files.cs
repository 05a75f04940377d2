namespace Compliance.Rules.Tests.Authoring;

/// <summary>Every rule file of the repository validates against its schema and names it on its first line.</summary>
public partial class RuleSchemaTest
{
    private const string SchemaLinePrefix = "# yaml-language-server: $schema=";

    /// <summary>
    /// Gets every revision.yaml, indicators/*.yaml and tests/*.yaml under rules/ and the test rule sets, as paths relative
    /// to the repository. Calendars have their own schema; a revision's samples/ folder holds facts for the command line.
    /// </summary>
    public static TheoryData<string> RuleFiles()
    {
        var roots = new[] { TestPaths.Rules, TestPaths.TestRuleSets };
        var files = roots
            .SelectMany(root => Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories)
                .Where(file => !Path.GetRelativePath(root, file).Replace('\\', '/').Split('/')
                    .Any(segment => segment is "calendars" or "samples")))
            .Select(file => Path.GetRelativePath(TestPaths.RepoRoot, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        return [.. files];
    }

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void RuleFile_ValidatesAgainstItsSchema(string file)
    {
        var kind = KindOf(file);
        var yaml = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, file));

        var violations = Violations(kind, yaml);

        violations.Should().BeEmpty($"{file} should be a valid {SchemaFileName(kind)} document");
    }

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void RuleFile_FirstLine_PointsEditorsAtItsSchemaByARelativePath(string file)
    {
        var path = Path.Combine(TestPaths.RepoRoot, file);
        var expected = Path.GetRelativePath(Path.GetDirectoryName(path)!, SchemaPath(KindOf(file))).Replace('\\', '/');

        var firstLine = File.ReadLines(path).First();

        firstLine.Should().Be(SchemaLinePrefix + expected);
        File.Exists(Path.Combine(Path.GetDirectoryName(path)!, firstLine[SchemaLinePrefix.Length..])).Should().BeTrue();
    }

    [Fact]
    public void RuleFiles_IncludeEveryFileOfTheEngineTestRuleSet()
    {
        var files = RuleFiles().Cast<object[]>().Select(row => (string)row[0]);

        files.Should().Contain(
        [
            "tests/Compliance.Rules.Tests/RuleSets/engine-test/revision.yaml",
            "tests/Compliance.Rules.Tests/RuleSets/engine-test/indicators/bonus.yaml",
            "tests/Compliance.Rules.Tests/RuleSets/engine-test/indicators/deduction.yaml",
            "tests/Compliance.Rules.Tests/RuleSets/engine-test/indicators/veto.yaml",
        ]);
    }

    private static RuleFileKind KindOf(string file)
    {
        var name = Path.GetFileName(file);
        var folder = Path.GetFileName(Path.GetDirectoryName(file));
        return (name, folder) switch
        {
            ("revision.yaml", _) => RuleFileKind.Revision,
            (_, "indicators") => RuleFileKind.Indicators,
            (_, "tests") => RuleFileKind.Tests,
            _ => throw new InvalidOperationException(
                $"{file} is neither a revision.yaml, an indicators/*.yaml nor a tests/*.yaml file: give its kind of file a schema and a case here"),
        };
    }
}
