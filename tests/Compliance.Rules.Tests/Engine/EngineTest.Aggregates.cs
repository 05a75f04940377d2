using Compliance.Rules.Facts;
using NodaTime;
using static Compliance.Rules.Tests.Engine.InlineRuleSet;

namespace Compliance.Rules.Tests.Engine;

public partial class EngineTest
{
    private static Column[] StaleNews(int count) =>
        [.. Enumerable.Range(1, count).Select(i => Column($"c{i}", ColumnCategory.News, new LocalDate(2024, 1, 1)))];

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    [InlineData(6, true)]
    public void Evaluate_CountAtLeast_FiresFromTheThreshold(int stale, bool fires)
    {
        var rules = Compile(Veto("COUNT", """
            count: { of: column, where: { category: 动态要闻, last_updated: { not_within: { calendar_days: 14 } } } }
            gte: 5
            """));
        var fresh = Column("fresh", ColumnCategory.News, AsOf);

        var fired = Fired(rules, AsOf, Site(), [.. StaleNews(stale), fresh]);

        fired.Contains("COUNT").Should().Be(fires);
    }

    [Theory]
    [InlineData(5, false)]
    [InlineData(6, true)]
    public void Evaluate_CountAbove_IsStrict(int stale, bool fires)
    {
        var rules = Compile(Veto("COUNTGT", "count: { of: column, where: { category: 动态要闻 } }\ngt: 5"));

        Fired(rules, AsOf, Site(), StaleNews(stale)).Contains("COUNTGT").Should().Be(fires);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void Evaluate_NoneAndExists_AreOppositeAndWorkWithNoFacts(int posts, bool noneFires)
    {
        var rules = Compile(
            Veto("NONE", "none: { of: publication }") +
            Veto("EXISTS", "exists: { of: publication }"));
        var facts = Enumerable.Range(1, posts).Select(i => (Observation)new Publication($"p{i}", "w1", null, AsOf, "标题")).ToArray();

        var fired = Fired(rules, AsOf, Site(), facts);

        fired.Should().Equal(noneFires ? "NONE" : "EXISTS");
    }

    // 100 probes in the window; 5% is 5 failures.
    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    [InlineData(6, true)]
    public void Evaluate_Ratio_ComparesMatchingOverSelected(int failures, bool fires)
    {
        var rules = Compile(Veto("RATIO", """
            ratio:
              of: availability_probe
              where: { at: { within: { calendar_days: 7 } } }
              matching: { any: [ { reached: false }, { response_time: { gte: 15s } } ] }
            gte: 5%
            """));
        var probes = Enumerable.Range(0, 100).Select(i => (Observation)new AvailabilityProbe(
            $"p{i}", "w1", Instant.FromUtc(2024, 6, 25, 0, 0).Plus(Duration.FromMinutes(i)), true,
            Duration.FromSeconds(i < failures ? 15 : 2)))
            .Append(new AvailabilityProbe("old", "w1", Instant.FromUtc(2024, 6, 1, 0, 0), false, null))
            .ToArray();

        var assessment = Evaluate(rules, AsOf, Site(), probes);

        assessment.Violations.Any(v => v.IndicatorId == "RATIO").Should().Be(fires);
        if (fires)
        {
            var evidence = assessment.Violations.Single().Evidence;
            evidence.Values["total"].Should().Be(100, "the probe outside the week is not selected");
            evidence.Values["count"].Should().Be(failures);
            evidence.Facts.Should().HaveCount(failures);
        }
    }

    [Fact]
    public void Evaluate_RatioOverNoFacts_NeverHolds()
    {
        var rules = Compile(Veto("RATIO0", "ratio: { of: availability_probe, matching: { reached: false } }\ngte: 0%"));

        Fired(rules, AsOf, Site()).Should().BeEmpty();
    }

    [Theory]
    [InlineData(2, 1, false)]
    [InlineData(2, 2, true)]
    public void Evaluate_Sum_AddsTheField(int first, int second, bool fires)
    {
        var rules = Compile(Veto("SUM", "sum: { of: inspector_finding, field: occurrences }\ngte: 4"));

        var fired = Fired(rules, AsOf, Site(), new InspectorFinding("f1", "w1", "SUM", first), new InspectorFinding("f2", "w1", "SUM", second));

        fired.Contains("SUM").Should().Be(fires);
    }

    // Age of the newest homepage item in calendar days: as of 2024-06-27, an item of 2024-06-13 is 14 days old, of 06-12 15.
    [Theory]
    [InlineData(13, false)]
    [InlineData(12, true)]
    public void Evaluate_Age_MeasuresTheNewestValue(int day, bool fires)
    {
        var rules = Compile(Veto("AGE", """
            age: { of: publication, where: { on_homepage: true }, field: published, in: calendar_days }
            gt: 14
            when_empty: true
            """));
        var newest = new Publication("p1", "w1", null, new LocalDate(2024, 6, day), "标题", OnHomepage: true);
        var older = new Publication("p2", "w1", null, new LocalDate(2024, 5, 1), "标题", OnHomepage: true);
        var notOnHomepage = new Publication("p3", "w1", null, AsOf, "标题", OnHomepage: false);

        var fired = Fired(rules, AsOf, Site(), newest, older, notOnHomepage);

        fired.Contains("AGE").Should().Be(fires);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Evaluate_AgeWithNoDates_FollowsWhenEmpty(bool whenEmpty)
    {
        var rules = Compile(Veto("AGE" + whenEmpty, $$"""
            age: { of: publication, field: published, in: calendar_days }
            gt: 14
            when_empty: {{(whenEmpty ? "true" : "false")}}
            """));

        Fired(rules, AsOf, Site(), new Publication("p1", "w1", null, null, "无日期")).Any().Should().Be(whenEmpty);
    }

    [Fact]
    public void Evaluate_AllConditions_NeedsEveryPart()
    {
        var rules = Compile(Veto("BOTH", """
            all:
              - { exists: { of: content_issue, where: { kind: 严重表述错误 } } }
              - { subject: { is_portal: true } }
            """));
        var issue = new ContentIssue("i1", "w1", ContentIssueKind.SeriousMisstatement, AsOf, "领导姓名错误");

        Fired(rules, AsOf, Site(portal: true), issue).Should().Equal("BOTH");
        Fired(rules, AsOf, Site(portal: false), issue).Should().BeEmpty();
        Fired(rules, AsOf, Site(portal: true)).Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_Each_FiresOncePerMatchingFact()
    {
        var rules = Compile(Veto("EACH", "each: { of: link_check, where: { broken: true } }"));
        Observation Link(string id, bool broken) => new LinkCheck(id, "w1", "https://x/" + id, "https://x", Instant.FromUtc(2024, 6, 26, 0, 0), broken, false);

        var assessment = Evaluate(rules, AsOf, Site(), Link("l1", true), Link("l2", false), Link("l3", true));

        assessment.Violations.Select(v => v.Evidence.Facts.Single().Id).Should().Equal("l1", "l3");
    }

    [Fact]
    public void Evaluate_ObservationsOfAnotherSubject_AreNotCounted()
    {
        var rules = Compile(Veto("COUNT2", "count: { of: column }\ngte: 2"));
        var batch = FactBatch.Of(
            [Site("w1"), Site("w2")],
            [Column("c1", ColumnCategory.News, AsOf, subject: "w1"), Column("c2", ColumnCategory.News, AsOf, subject: "w2")]);

        var result = rules.Evaluate(batch, AsOf, new EvaluationOptions { AssumeComplete = true });

        result.Assessments.Should().OnlyContain(a => a.Violations.IsEmpty);
    }
}
