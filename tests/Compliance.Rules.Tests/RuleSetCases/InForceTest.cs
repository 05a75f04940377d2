using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;
using NodaTime;

namespace Compliance.Rules.Tests.RuleSetCases;

/// <summary>RuleSet.InForce: the built-in revision in force at an as-of date, by jurisdiction and kind of subject.</summary>
public sealed class InForceTest
{
    [Theory]
    [InlineData(2015, 3, 24, "gb-2015")]
    [InlineData(2019, 4, 17, "gb-2015")]
    [InlineData(2019, 4, 18, "gb-2019")]
    [InlineData(2024, 6, 27, "gb-2019")]
    public void InForce_NationalWebsites_PicksTheLatestRevisionStartedByThen(int year, int month, int day, string expected)
    {
        var rules = RuleSet.InForce(new LocalDate(year, month, day));

        rules.Revision.Id.Should().Be(expected);
    }

    [Fact]
    public void InForce_NewMediaIn2019_IsTheInspectionIndicators()
    {
        var rules = RuleSet.InForce(new LocalDate(2019, 6, 20), subjects: SubjectKind.NewMedia);

        rules.Revision.Id.Should().Be("gb-2019");
    }

    [Fact]
    public void InForce_SupervisorsIn2019_IsTheSupervisionIndicators()
    {
        var rules = RuleSet.InForce(new LocalDate(2019, 12, 31), "national", SubjectKind.Supervisor);

        rules.Revision.Id.Should().Be("gb-2019-supervision");
    }

    [Fact]
    public void InForce_BeforeTheFirstRevision_ThrowsNamingTheRevisionsAndTheirStart()
    {
        var act = () => RuleSet.InForce(new LocalDate(2015, 3, 23));

        act.Should().Throw<DiagnosticsException>()
            .Which.Diagnostics.Should().ContainSingle()
            .Which.Message.Should().Be(
                "no built-in website revision of jurisdiction 'national' is in force on 2015-03-23: the revisions start on 2015-03-24 (gb-2015), 2019-04-18 (gb-2019)");
    }

    [Fact]
    public void TryInForce_NewMediaBefore2019_FailsBecauseTheCensusHadNoNewMedia()
    {
        var result = RuleSet.TryInForce(new LocalDate(2018, 1, 1), subjects: SubjectKind.NewMedia);

        result.Success.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Code.Should().Be("CR2016");
    }

    [Fact]
    public void TryInForce_UnknownJurisdiction_Fails()
    {
        var result = RuleSet.TryInForce(new LocalDate(2024, 6, 27), "nowhere");

        result.Errors.Should().ContainSingle().Which.Message.Should().Be(
            "no built-in website revision of jurisdiction 'nowhere' is in force on 2024-06-27: no built-in revision of jurisdiction 'nowhere' has website indicators");
    }
}
