using System.Text.Json.Nodes;
using Compliance.Rules.Facts.Input;
using Compliance.Rules.Results;
using Compliance.Rules.Testing;

namespace Compliance.Rules.Tests.Authoring;

/// <summary>
/// The schema of the regression-case files (rules/schema/tests.schema.json, generated from the grammar) rejects what their
/// reader rejects, requires what it requires, and every YAML file under rules/ names a schema.
/// </summary>
public partial class RuleSchemaTest
{
    [Fact]
    public void TestsSchema_VerdictsAndFailureCauses_AreTheLabelsAndAcceptMemberNamesInAnyCaseAndSnakeCase()
    {
        foreach (var enumType in new[] { typeof(Verdict), typeof(FailureCause) })
        {
            ShouldBeLabelsOrMemberNames(Definition(RuleFileKind.Tests, "value." + enumType.Name), enumType);
        }
    }

    /// <summary>
    /// Gets every key of a case file with whether it is required (rules/README.md, "Regression cases": a file holds
    /// <c>cases</c>, a case <c>name</c>, <c>as_of</c> and <c>expect</c>, an expectation always checks <c>verdict</c> and
    /// <c>violations</c>, an expected reason names its indicator and reason and may give a detail).
    /// </summary>
    public static TheoryData<string, bool> CaseKeyPaths() => new()
    {
        { "note", false },
        { "cases", true },
        { "cases/0/name", true },
        { "cases/0/as_of", true },
        { "cases/0/note", false },
        { "cases/0/expect", true },
        { "cases/0/expect/D/verdict", true },
        { "cases/0/expect/D/failure_cause", false },
        { "cases/0/expect/D/violations", true },
        { "cases/0/expect/D/bonuses", false },
        { "cases/0/expect/D/deduction_score", false },
        { "cases/0/expect/D/bonus", false },
        { "cases/0/expect/D/total", false },
        { "cases/0/expect/D/reasons", false },
        { "cases/0/expect/D/reasons/0/indicator", true },
        { "cases/0/expect/D/reasons/0/reason", true },
        { "cases/0/expect/D/reasons/0/detail", false },
    };

    [Theory]
    [MemberData(nameof(CaseKeyPaths))]
    public void TestsSchema_CaseFileWithoutAKey_IsRejectedByTheSchemaExactlyWhenTheReaderRejectsIt(string path, bool required)
    {
        var document = CompleteCaseFile();
        var segments = path.Split('/');
        var parent = segments[..^1].Aggregate((JsonNode)document, (node, segment) => int.TryParse(segment, out var index) ? node[index]! : node[segment]!);
        parent.AsObject().Remove(segments[^1]).Should().BeTrue(path);
        var text = document.ToJsonString();

        var readerRejects = RegressionSuite.Parse(text, "cases.yaml").Errors.Any();
        var schemaRejects = Violations(RuleFileKind.Tests, text).Count > 0;

        readerRejects.Should().Be(required, $"the reader {(required ? "needs" : "does not need")} {path}");
        schemaRejects.Should().Be(required, $"the schema should {(required ? "need" : "not need")} {path}, as the reader does");
    }

    [Fact]
    public void TestsSchema_CompleteCaseFile_IsValidAndReadable()
    {
        var text = CompleteCaseFile().ToJsonString();

        RegressionSuite.Parse(text, "cases.yaml").Errors.Should().BeEmpty();
        Violations(RuleFileKind.Tests, text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("cases:\n  - { name: a, as_of: 2019-06-20, expect: {} }\nnotes: x\n")]
    [InlineData("cases:\n  - { name: a, as_of: 2019/06/20, expect: {} }\n")]
    [InlineData("cases:\n  - { name: a, asof: 2019-06-20, expect: {} }\n")]
    [InlineData(Site + "    expect:\n      D: { verdict: 通过, violations: [] }\n")]
    [InlineData(Site + "    expect:\n      D: { verdict: 合格, failure_cause: 否决, violations: [] }\n")]
    [InlineData(Site + "    expect:\n      D: { verdict: 合格, violations: W-V1 }\n")]
    [InlineData(Site + "    expect:\n      D: { verdict: 合格, violations: [], total: abc }\n")]
    [InlineData(Site + "    expect:\n      D: { verdict: 合格, violations: [], total: 'null' }\n")]
    [InlineData(Site + "    expect:\n      D: { verdict: 合格, violations: [], reasons: [{ indicator: W-V1 }] }\n")]
    [InlineData(Site + "    expect:\n      D: { verdict: 合格, violations: [], reasons: [{ indicator: W-V1, reason: r, details: d }] }\n")]
    [InlineData(Site + "    observations:\n      Columns: []\n    expect:\n      D: { verdict: 合格, violations: [] }\n")]
    [InlineData("cases:\n  - name: a\n    as_of: 2019-06-20\n    websites:\n      - { id: D, name: n, organiser: o, is_portal: false, provides_external_services: false }\n    expect:\n      D: { verdict: 合格, violations: [] }\n")]
    public void TestsSchema_CaseFileTheReaderRejects_IsInvalid(string yaml)
    {
        RegressionSuite.Parse(yaml, "cases.yaml").Errors.Should().NotBeEmpty("the reader rejects this file");

        var violations = Violations(RuleFileKind.Tests, yaml);

        violations.Should().NotBeEmpty();
    }

    [Fact]
    public void YamlFilesUnderRules_EachNameAnExistingSchemaOnTheirFirstLine()
    {
        var files = Directory.EnumerateFiles(TestPaths.Rules, "*.yaml", SearchOption.AllDirectories).ToList();
        var withoutSchema = new List<string>();

        foreach (var file in files)
        {
            var firstLine = File.ReadLines(file).FirstOrDefault() ?? string.Empty;
            var schema = firstLine.StartsWith(SchemaLinePrefix, StringComparison.Ordinal)
                ? Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, firstLine[SchemaLinePrefix.Length..]))
                : null;
            if (schema is null || !File.Exists(schema) || Path.GetDirectoryName(schema) != Path.GetFullPath(SchemaFolder))
            {
                withoutSchema.Add(Path.GetRelativePath(TestPaths.RepoRoot, file).Replace('\\', '/'));
            }
        }

        files.Should().Contain(f => f.Replace('\\', '/').Contains("/tests/", StringComparison.Ordinal), "the regression cases are YAML files under rules/");
        withoutSchema.Should().BeEmpty("every YAML file under rules/ names a schema of rules/schema/ by a relative path on its first line");
    }

    private const string Site = """
        cases:
          - name: a
            as_of: 2019-06-20
            websites:
              - { id: D, name: n, organiser: o, is_portal: false, provides_external_services: false, level: 市级 }

        """;

    /// <summary>A case file that writes every key the reader knows, except the facts sections it does not need.</summary>
    private static JsonObject CompleteCaseFile() => JsonNode.Parse("""
        {
          "note": "说明",
          "cases": [
            {
              "name": "甲",
              "as_of": "2019-06-20",
              "note": "说明",
              "websites": [
                { "id": "D", "name": "某局网站", "organiser": "某局", "is_portal": true, "provides_external_services": true, "level": "市级" }
              ],
              "expect": {
                "D": {
                  "verdict": "不合格",
                  "failure_cause": "单项否决",
                  "violations": ["W-V1"],
                  "bonuses": [],
                  "deduction_score": null,
                  "bonus": null,
                  "total": 59.33,
                  "reasons": [{ "indicator": "W-V1", "reason": "原因", "detail": "详情" }]
                }
              }
            }
          ]
        }
        """)!.AsObject();
}
