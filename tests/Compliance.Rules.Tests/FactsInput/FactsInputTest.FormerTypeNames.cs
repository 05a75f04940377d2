using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;
using FactsReader = Compliance.Rules.Facts.Input.FactsInput;

namespace Compliance.Rules.Tests.FactsInput;

/// <summary>
/// Facts written by systems made for earlier versions name their observation types in PascalCase (<c>Column</c>): they
/// are read as the same types, with a warning CR2101 at the name that does not stop the batch.
/// </summary>
public sealed partial class FactsInputTest
{
    [Fact]
    public void Read_YamlDocumentWithAFormerSectionName_ReadsItsFactsWithAWarningAtTheName()
    {
        var file = _folder.Write("facts.yaml", """
            websites:
              - { id: w1, name: 新疆生产建设兵团, organiser: 兵团办公厅, is_portal: true, provides_external_services: true, level: 省级 }
            observations:
              Column:
                - { id: c1, subject_id: w1, name: 空栏目, category: 动态要闻, is_top_level: false, on_homepage: false, is_blank: true }
            """);

        var result = FactsReader.Read(file);

        result.Errors.Should().BeEmpty();
        result.GetValueOrThrow().Observations.Should().ContainSingle().Which.Should().BeOfType<Column>().Which.IsBlank.Should().BeTrue();
        var warning = result.Diagnostics.Should().ContainSingle().Subject;
        warning.Severity.Should().Be(DiagnosticSeverity.Warning);
        warning.Code.Should().Be("CR2101");
        warning.Location.Should().Be(new SourceLocation(file, 4, 3));
        warning.Message.Should().Contain("write 'column'");
    }

    [Fact]
    public void Read_JsonDocumentWithAFormerSectionName_ReadsItsFactsWithAWarningAtTheName()
    {
        var file = _folder.Write("facts.json", """
            { "websites": [ { "id": "w1", "name": "兵团", "organiser": "兵团办公厅", "is_portal": true, "provides_external_services": true, "level": "省级" } ],
              "observations": {
                "ServiceGuide": [ { "id": "g1", "subject_id": "w1", "item_name": "户籍迁移", "missing_elements": ["设定依据"] } ] } }
            """);

        var result = FactsReader.Read(file);

        result.Errors.Should().BeEmpty();
        result.GetValueOrThrow().Observations.Should().ContainSingle().Which.Should().BeOfType<ServiceGuide>().Which.ItemName.Should().Be("户籍迁移");
        var warning = result.Diagnostics.Should().ContainSingle().Subject;
        warning.Code.Should().Be("CR2101");
        warning.Severity.Should().Be(DiagnosticSeverity.Warning);
        warning.Location.Should().Be(new SourceLocation(file, 3, 5));
        warning.Message.Should().Contain("write 'service_guide'");
    }

    [Fact]
    public void Read_CoverageWithFormerNames_DeclaresTheSameTypesWithAWarningForEach()
    {
        _folder.Write("websites.csv", Sites);
        var coverage = _folder.Write("coverage.yaml", "observed: [ServiceGuide, link_check, AvailabilityProbe]\n");

        var result = FactsReader.Read(_folder.Path);

        result.Errors.Should().BeEmpty();
        result.GetValueOrThrow().DeclaredObserved.Should().Equal("availability_probe", "link_check", "service_guide");
        result.Diagnostics.Select(d => (d.Code, d.Location)).Should().BeEquivalentTo(
            [("CR2101", new SourceLocation(coverage, 1, 12)), ("CR2101", new SourceLocation(coverage, 1, 38))]);
    }

    [Fact]
    public void DeclareObserved_FormerName_DeclaresTheTypeByItsCurrentName()
    {
        var batch = FactBatch.Create([], []).GetValueOrThrow().DeclareObserved(["Publication"]);

        batch.DeclaredObserved.Should().Equal("publication");
    }
}
