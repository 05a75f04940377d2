using Compliance.Rules.Diagnostics;
using Compliance.Rules.Results;
using Compliance.Rules.Testing;
using NodaTime;

namespace Compliance.Rules.Tests.RuleSetCases;

/// <summary>Reading regression-case files: the format, and every problem reported at its position.</summary>
public sealed class RegressionSuiteTest
{
    private static readonly Compliance.Rules.Authoring.Model.RuleRevision Gb2019 = RuleSet.ReadBuiltIn("gb-2019").GetValueOrThrow();

    [Fact]
    public void Parse_ValidCase_ReadsFactsAsOfAndExpectations()
    {
        const string yaml = """
            cases:
              - name: 首页不更新
                as_of: 2019-06-20
                note: 说明
                websites:
                  - { id: D, name: 某局网站, organiser: 某局, is_portal: false, provides_external_services: false, level: 市级 }
                new_media:
                  - { id: A, name: 某局发布, operator: 某局, account_type: 微信订阅号, unit: 某市, status: 正常 }
                observations:
                  publication:
                    - { id: p1, subject_id: A, published: 2019-06-19, title: 推文 }
                expect:
                  D:
                    verdict: 不合格
                    failure_cause: 单项否决
                    violations: [W-V3a]
                    deduction_score: null
                    reasons: [{ indicator: W-V3a, reason: 监测时间点前2周内首页无信息更新 }]
                  A: { verdict: 合格, violations: [], bonuses: [], total: 12.5 }
            """;

        var suite = RegressionSuite.Parse(yaml, "cases.yaml", Gb2019);

        suite.Errors.Should().BeEmpty();
        var regressionCase = suite.GetValueOrThrow().Cases.Should().ContainSingle().Subject;
        regressionCase.Name.Should().Be("首页不更新");
        regressionCase.DisplayId.Should().Be("cases.yaml/首页不更新");
        regressionCase.Location.ToString().Should().Be("cases.yaml:2:5");
        regressionCase.AsOf.Should().Be(new LocalDate(2019, 6, 20));
        regressionCase.Note.Should().Be("说明");
        regressionCase.Facts.Subjects.Select(s => s.Id).Should().Equal("D", "A");
        var site = regressionCase.Expectations[0];
        site.SubjectId.Should().Be("D");
        site.Verdict.Should().Be(Verdict.Fail);
        site.FailureCause.Should().Be(FailureCause.Veto);
        site.Violations.Should().Equal("W-V3a");
        site.Bonuses.Should().BeNull("bonuses are not checked unless given");
        site.DeductionScore.Should().Be(new ExpectedScore(null));
        site.Total.Should().BeNull("an absent score is not checked");
        site.Reasons.Should().ContainSingle().Which.Should().Match<ExpectedReason>(r => r.IndicatorId == "W-V3a" && r.Detail == null);
        var account = regressionCase.Expectations[1];
        account.Bonuses.Should().NotBeNull().And.BeEmpty();
        account.Total.Should().Be(new ExpectedScore(12.5m));
    }

    [Fact]
    public void Parse_BrokenFile_ReportsEveryProblemAtItsPosition()
    {
        const string yaml = """
            cases:
              - name: 甲
                as_of: 2019-06-20
                websites:
                  - { id: D, name: 某局网站, organiser: 某局, is_portal: false, provides_external_services: false, level: 市级 }
                expect:
                  E: { verdict: 合格, violations: [] }
              - name: 甲
                as_of: 2019-06-20
                expect: {}
              - name: 乙
                as_of: 2019-06-20
                asof: 2019-06-20
                websites:
                  - { id: D, name: 某局网站, organiser: 某局, is_portal: maybe, provides_external_services: false, level: 市级 }
                expect:
                  D: { verdict: 通过, violations: [W-V9] }
              - name: 丙
                as_of: 2019-06-20
                websites:
                  - { id: D, name: 某局网站, organiser: 某局, is_portal: false, provides_external_services: false, level: 市级 }
                expect:
                  D: { verdict: 合格, violations: [W-B4b], bonuses: [W-V2], total: many }
            """;

        var suite = RegressionSuite.Parse(yaml, "cases.yaml", Gb2019);

        suite.Success.Should().BeFalse();
        suite.Errors.Select(e => $"{e.Location.Line}:{e.Location.Column} {e.Code} [{e.Subject}]").Should().Equal(
            "7:7 CR4002 [甲]",
            "7:7 CR4003 [甲]",
            "8:11 CR4001 [甲]",
            "13:5 CR0002 [乙]",
            "15:56 CR3006 [D]",
            "17:21 CR0004 [乙]",
            "17:38 CR4004 [乙]",
            "23:38 CR4004 [丙]",
            "23:56 CR4004 [丙]",
            "23:70 CR0004 [丙]");
        suite.Errors.First().Message.Should().Be("the case has no subject 'E' (did you mean 'D'?); its subjects are: D");
        suite.Errors.Select(e => e.Message).Should().Contain(
            "revision 'gb-2019' has no indicator 'W-V9' (did you mean 'W-V2'?)",
            "'W-B4b' is a bonus indicator: list it under 'bonuses'",
            "'W-V2' is not a bonus indicator: list it under 'violations'",
            "'verdict' must be one of: 合格, 不合格; found '通过'");
    }

    [Fact]
    public void ReadBuiltIn_UnknownRevision_ReportsTheBuiltInIds()
    {
        var suite = RegressionSuite.ReadBuiltIn("gb-1999");

        suite.Errors.Should().ContainSingle().Which.Code.Should().Be(RegressionDiagnosticCodes.MissingCases.Code);
    }

    [Fact]
    public void ReadFolder_FolderWithoutTests_IsAnEmptySuite()
    {
        var suite = RegressionSuite.ReadFolder(TestPaths.TestRuleSet("engine-test"));

        suite.GetValueOrThrow().Cases.Should().BeEmpty();
    }

    [Theory]
    [InlineData("59.33", "59.3333333333", true)]
    [InlineData("59.33", "59.335", false)]
    [InlineData("59.34", "59.335", true)]
    [InlineData("60", "60.00", true)]
    [InlineData("60", "59.999", true)]
    [InlineData("60", "59.994", false)]
    public void ExpectedScore_Matches_ComparesToTwoDecimalPlaces(string expected, string actual, bool matches)
    {
        var score = new ExpectedScore(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

        score.Matches(decimal.Parse(actual, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(matches);
    }

    [Fact]
    public void ExpectedScore_NotScored_MatchesOnlyNoScore()
    {
        new ExpectedScore(null).Matches(null).Should().BeTrue();
        new ExpectedScore(null).Matches(0m).Should().BeFalse();
        new ExpectedScore(0m).Matches(null).Should().BeFalse();
    }
}
