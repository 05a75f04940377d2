using Compliance.Rules.Diagnostics;
using Compliance.Rules.Evaluation;
using Compliance.Rules.Facts;
using NodaTime;

namespace Compliance.Rules.Tests.Authoring;

/// <summary>
/// Fact types are named in snake_case, like subject kinds and fields (<c>of: column</c> beside <c>applies_to: website</c>);
/// the PascalCase names of earlier versions still load in rule files, with deprecation warning CR2101 at the name.
/// </summary>
public sealed class FactTypeNameTest : IDisposable
{
    private readonly TempRuleFolders _folders = new();

    /// <summary>Every observation type: the name rule files wrote before, and the name they write now.</summary>
    public static TheoryData<string, string> FormerAndCurrentNames { get; } = new()
    {
        { "AvailabilityProbe", "availability_probe" },
        { "Column", "column" },
        { "ContentIssue", "content_issue" },
        { "FunctionCheck", "function_check" },
        { "InspectorFinding", "inspector_finding" },
        { "InterpretationSample", "interpretation_sample" },
        { "LinkCheck", "link_check" },
        { "Message", "message" },
        { "PageCheck", "page_check" },
        { "PolicyDocumentSample", "policy_document_sample" },
        { "Publication", "publication" },
        { "SearchTest", "search_test" },
        { "ServiceGuide", "service_guide" },
        { "ServiceItemSample", "service_item_sample" },
        { "SimulatedConsultation", "simulated_consultation" },
        { "SiteCheck", "site_check" },
        { "SpotCheckResult", "spot_check_result" },
        { "Survey", "survey" },
    };

    public void Dispose() => _folders.Dispose();

    [Fact]
    public void EveryFactType_IsNamedInSnakeCase()
    {
        FactCatalog.AllTypes.Should().NotBeEmpty().And.AllSatisfy(t => t.Name.Should().MatchRegex("^[a-z]+(_[a-z]+)*$"));
    }

    [Fact]
    public void ObservationTypes_AreTheSnakeCaseNamesTheLanguageDocuments()
    {
        FactCatalog.ObservationTypes.Select(t => t.Name).Should().BeEquivalentTo(FormerAndCurrentNames.Select(row => (string)row[1]));
    }

    [Theory]
    [MemberData(nameof(FormerAndCurrentNames))]
    public void Read_CurrentName_LoadsTheTypeWithoutDiagnostics(string former, string current)
    {
        var result = RuleSet.Read(_folders.Revision("t", RuleLoadingDiagnosticsTest.BaseRevision, ("a.yaml", Veto(current))));

        result.Diagnostics.Should().BeEmpty();
        IndicatorNeeds.FactTypes(result.GetValueOrThrow().Indicators.Single()).Single().Name.Should().Be(current).And.NotBe(former);
    }

    [Theory]
    [MemberData(nameof(FormerAndCurrentNames))]
    public void Read_FormerName_LoadsTheSameTypeWithADeprecationWarningAtTheName(string former, string current)
    {
        var result = RuleSet.Read(_folders.Revision("t", RuleLoadingDiagnosticsTest.BaseRevision, ("a.yaml", Veto(former))));

        result.Success.Should().BeTrue();
        result.Diagnostics.Should().ContainSingle();
        var warning = result.Diagnostics[0];
        warning.Severity.Should().Be(DiagnosticSeverity.Warning);
        warning.Code.Should().Be("CR2101");
        warning.Location.Should().Be(new SourceLocation(_folders.IndicatorFile("t", "a.yaml"), 9, 21));
        warning.Subject.Should().Be("W-1");
        warning.Message.Should().Be($"'{former}' is the deprecated name of the fact type '{current}': write '{current}' (fact type names are snake_case, like subject kinds)");
        IndicatorNeeds.FactTypes(result.GetValueOrThrow().Indicators.Single()).Single().Name.Should().Be(current);
    }

    [Theory]
    [InlineData("Column")]
    [InlineData("column")]
    public void Evaluate_EitherName_FindsTheBlankColumnAndOnlyIt(string name)
    {
        var rules = RuleSet.LoadDirectory(_folders.Revision("t", RuleLoadingDiagnosticsTest.BaseRevision, ("a.yaml", Veto(name, ", where: { is_blank: true }"))));
        var site = new Website("W", "某师网站", "某师办公室", true, true, AdministrativeLevel.Prefecture);
        var other = new Website("V", "某团网站", "某团办公室", true, true, AdministrativeLevel.County);
        var batch = FactBatch.Create(
            [site, other],
            [
                new Column("c1", "W", "专题专栏", ColumnCategory.Other, IsTopLevel: true, OnHomepage: false, IsBlank: true, new LocalDate(2024, 6, 26)),
                new Column("c2", "V", "工作动态", ColumnCategory.News, IsTopLevel: true, OnHomepage: true, IsBlank: false, new LocalDate(2024, 6, 26)),
            ]).GetValueOrThrow();

        var result = rules.Evaluate(batch, new LocalDate(2024, 6, 27));

        result.Assessments.Single(a => a.Subject.Id == "W").Violations.Select(v => v.IndicatorId).Should().Equal("W-1");
        result.Assessments.Single(a => a.Subject.Id == "V").Violations.Should().BeEmpty();
    }

    /// <summary>A veto on facts of one type; the type's name is on line 9 at column 21.</summary>
    private static string Veto(string typeName, string where = "") =>
        $$"""
        indicators:
          - id: W-1
            name: 测试
            kind: veto
            applies_to: website
            source: 测试 1
            provenance: confirmed
            when:
              exists: { of: {{typeName}}{{where}} }
            reason: 存在问题
        """;
}
