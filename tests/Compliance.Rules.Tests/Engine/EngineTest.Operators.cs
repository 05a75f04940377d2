using Compliance.Rules.Facts;
using NodaTime;
using static Compliance.Rules.Tests.Engine.InlineRuleSet;

namespace Compliance.Rules.Tests.Engine;

public partial class EngineTest
{
    private static readonly LocalDate AsOf = new(2024, 6, 27);

    private static string Veto(string id, string when, string appliesTo = "website") => $"""
          - id: {id}
            name: 测试{id}
            kind: veto
            applies_to: {appliesTo}
            source: 测试
            provenance: confirmed
            when:
        {Indent(when, 6)}
            reason: 触发{id}

        """;

    private static string Indent(string text, int spaces) =>
        string.Join("\n", text.Split('\n').Select(line => new string(' ', spaces) + line));

    [Theory]
    [InlineData("gt", 15, 14, false)]
    [InlineData("gt", 15, 15, false)]
    [InlineData("gt", 15, 16, true)]
    [InlineData("gte", 15, 14, false)]
    [InlineData("gte", 15, 15, true)]
    [InlineData("gte", 15, 16, true)]
    [InlineData("lt", 15, 14, true)]
    [InlineData("lt", 15, 15, false)]
    [InlineData("lte", 15, 15, true)]
    [InlineData("lte", 15, 16, false)]
    [InlineData("eq", 15, 15, true)]
    [InlineData("eq", 15, 16, false)]
    [InlineData("ne", 15, 15, false)]
    [InlineData("ne", 15, 16, true)]
    public void Evaluate_DurationComparison_HoldsExactlyAsTheOperatorSays(string op, int thresholdSeconds, int responseSeconds, bool fires)
    {
        var rules = Compile(Veto("OP", $"exists: {{ of: availability_probe, where: {{ response_time: {{ {op}: {thresholdSeconds}s }} }} }}"));
        var probe = new AvailabilityProbe("p1", "w1", Instant.FromUtc(2024, 6, 26, 1, 0), true, Duration.FromSeconds(responseSeconds));

        var fired = Fired(rules, AsOf, Site(), probe);

        fired.Contains("OP").Should().Be(fires);
    }

    [Fact]
    public void Evaluate_ComparisonOnMissingValue_DoesNotHoldExceptNotEqual()
    {
        var rules = Compile(
            Veto("GTE", "exists: { of: availability_probe, where: { response_time: { gte: 15s } } }") +
            Veto("NE", "exists: { of: availability_probe, where: { response_time: { ne: 15s } } }"));
        var unreached = new AvailabilityProbe("p1", "w1", Instant.FromUtc(2024, 6, 26, 1, 0), false, null);

        var fired = Fired(rules, AsOf, Site(), unreached);

        fired.Should().Equal("NE");
    }

    [Theory]
    [InlineData(ColumnCategory.News, true)]
    [InlineData(ColumnCategory.Notices, true)]
    [InlineData(ColumnCategory.PolicyDocuments, false)]
    public void Evaluate_ListOfLabels_MatchesMembership(ColumnCategory category, bool fires)
    {
        var rules = Compile(Veto("IN", "exists: { of: column, where: { category: [动态要闻, 通知公告] } }"));

        var fired = Fired(rules, AsOf, Site(), Column("c1", category, AsOf));

        fired.Contains("IN").Should().Be(fires);
    }

    [Theory]
    [InlineData(ColumnCategory.News, false)]
    [InlineData(ColumnCategory.Personnel, true)]
    public void Evaluate_NotIn_MatchesOutsideTheList(ColumnCategory category, bool fires)
    {
        var rules = Compile(Veto("NOTIN", "exists: { of: column, where: { category: { not_in: [动态要闻, 通知公告] } } }"));

        var fired = Fired(rules, AsOf, Site(), Column("c1", category, AsOf));

        fired.Contains("NOTIN").Should().Be(fires);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Evaluate_PresentFalse_MatchesMissingDates(bool hasDate, bool fires)
    {
        var rules = Compile(Veto("UNDATED", "exists: { of: publication, where: { published: { present: false } } }"));
        var post = new Publication("p1", "w1", null, hasDate ? AsOf : null, "标题");

        var fired = Fired(rules, AsOf, Site(), post);

        fired.Contains("UNDATED").Should().Be(fires);
    }

    [Theory]
    [InlineData(new GuideElement[0], false, false, true)]
    [InlineData(new[] { GuideElement.Place }, false, false, false)]
    [InlineData(new[] { GuideElement.LegalBasis }, true, false, false)]
    [InlineData(new[] { GuideElement.LegalBasis, GuideElement.Materials }, true, true, false)]
    public void Evaluate_SetOperators_TestMembershipOfTheSet(GuideElement[] missing, bool any, bool all, bool empty)
    {
        var rules = Compile(
            Veto("ANY", "exists: { of: service_guide, where: { missing_elements: { includes_any: [设定依据, 办理材料] } } }") +
            Veto("ALL", "exists: { of: service_guide, where: { missing_elements: { includes_all: [设定依据, 办理材料] } } }") +
            Veto("EMPTY", "exists: { of: service_guide, where: { missing_elements: { empty: true } } }"));
        var guide = new ServiceGuide("g1", "w1", "事项", [.. missing], []);

        var fired = Fired(rules, AsOf, Site(), guide);

        fired.Contains("ANY").Should().Be(any);
        fired.Contains("ALL").Should().Be(all);
        fired.Contains("EMPTY").Should().Be(empty);
    }

    [Fact]
    public void Evaluate_AnyAllNot_CombineTests()
    {
        var rules = Compile(Veto("COMBO", """
            exists:
              of: column
              where:
                any:
                  - { category: 动态要闻, is_blank: true }
                  - all: [ { category: 人事 }, { not: { is_top_level: true } } ]
            """));

        Fired(rules, AsOf, Site(), Column("c1", ColumnCategory.News, AsOf, blank: true)).Should().Contain("COMBO");
        Fired(rules, AsOf, Site(), Column("c1", ColumnCategory.News, AsOf, blank: false)).Should().BeEmpty();
        Fired(rules, AsOf, Site(), Column("c1", ColumnCategory.Personnel, AsOf, topLevel: false)).Should().Contain("COMBO");
        Fired(rules, AsOf, Site(), Column("c1", ColumnCategory.Personnel, AsOf, topLevel: true)).Should().BeEmpty();
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Evaluate_SubjectTest_ReadsTheSubjectsFields(bool interaction, bool fires)
    {
        var rules = Compile(Veto("NOCHAT", "subject: { provides_interaction: false }", "new_media"));

        var fired = Fired(rules, AsOf, Account(interaction: interaction));

        fired.Contains("NOCHAT").Should().Be(fires);
    }

    [Theory]
    [InlineData(AccountStatus.Active, true)]
    [InlineData(AccountStatus.Closed, false)]
    public void Evaluate_Applicability_LimitsTheIndicatorToMatchingSubjects(AccountStatus status, bool fires)
    {
        var rules = Compile(Veto("STALE", "none: { of: publication }", "{ subject: new_media, where: { status: 正常 } }"));

        var fired = Fired(rules, AsOf, Account(status: status));

        fired.Contains("STALE").Should().Be(fires);
    }

    [Fact]
    public void Evaluate_WebsiteIndicator_DoesNotApplyToNewMedia()
    {
        var rules = Compile(Veto("SITE", "none: { of: column }"));

        Fired(rules, AsOf, Account()).Should().BeEmpty();
        Fired(rules, AsOf, Site()).Should().Equal("SITE");
    }
}
