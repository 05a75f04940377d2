using Compliance.Rules.Diagnostics;
using System.Text;
using Compliance.Rules.Facts.Input;

namespace Compliance.Rules.Tests.Honesty;

/// <summary>A producer declares what it observed: the <c>observed</c> key of a JSON or YAML document, or <c>coverage.yaml</c> in a folder.</summary>
public sealed class CoverageInputTest : IDisposable
{
    private const string Account = "new_media: [{ id: A, name: 甲, operator: 某局, account_type: 微信订阅号, unit: 某单位, status: 正常 }]\n";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "coverage-input-" + Guid.NewGuid().ToString("N"));

    public CoverageInputTest() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("observed: [publication, link_checks, 办事指南]\n", new[] { "link_check", "publication", "service_guide" })]
    [InlineData("observed: []\n", new string[0])]
    public void Read_YamlDocumentWithObserved_DeclaresThoseTypes(string observed, string[] expected)
    {
        var batch = Compliance.Rules.Facts.Input.FactsInput.Read(Write("facts.yaml", Account + observed)).GetValueOrThrow();

        batch.DeclaredObserved.Should().Equal(expected);
    }

    [Fact]
    public void Read_JsonDocumentWithObservedAll_DeclaresEveryObservationType()
    {
        var json = """{ "new_media": [{ "id": "A", "name": "甲", "operator": "某局", "account_type": "微信订阅号", "unit": "某单位", "status": "正常" }], "observed": "all" }""";

        var batch = Compliance.Rules.Facts.Input.FactsInput.Read(Write("facts.json", json)).GetValueOrThrow();

        batch.DeclaredObserved.Should().Contain(["availability_probe", "publication", "service_guide"]);
    }

    [Fact]
    public void Read_JsonDocumentWithAnUnknownObservedType_IsCR3023AtTheName()
    {
        var json = "{ \"new_media\": [],\n  \"observed\": [\"publication\", \"Publicatoin\"] }";

        var errors = Compliance.Rules.Facts.Input.FactsInput.Read(Write("facts.json", json)).Errors.ToList();

        errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Code = DiagnosticCodes.InvalidCoverage.Code });
        errors[0].Location.Line.Should().Be(2);
        errors[0].Message.Should().Contain("did you mean 'publication'");
    }

    [Fact]
    public void Read_FolderWithCoverageYaml_DeclaresItsTypes()
    {
        Write("new_media.csv", "账号编号,账号名称,开设主体,账号类型,单位,账号状态\nA,甲,某局,微信订阅号,某单位,正常\n");
        Write("coverage.yaml", "observed: [publication]\n");

        var batch = Compliance.Rules.Facts.Input.FactsInput.Read(_folder).GetValueOrThrow();

        batch.DeclaredObserved.Should().Equal("publication");
        batch.ObservedTypes.Should().Equal("publication");
    }

    [Fact]
    public void Read_FolderWithABrokenCoverageYaml_ReportsItsErrorsWithThoseOfTheFacts()
    {
        Write("new_media.csv", "账号编号,账号名称,开设主体,账号类型,单位,账号状态\nA,甲,某局,微信订阅号,某单位,正常\n");
        Write("coverage.yaml", "observd: [publication]\n");

        var errors = Compliance.Rules.Facts.Input.FactsInput.Read(_folder).Errors.Select(e => e.Code).ToList();

        errors.Should().Contain(["CR0002", DiagnosticCodes.InvalidCoverage.Code]);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }
}
