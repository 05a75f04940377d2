using Compliance.Rules.Testing;

namespace Compliance.Rules.Tests.RuleSetCases;

/// <summary>
/// The national rule sets as a whole: every revision under rules/ loads and has regression cases, every indicator is named
/// by some case, and the verified/unverified split is the reference's ([V]/[T] verified; [D]/[R]/[NF] not).
/// </summary>
public sealed class RuleSetCoverageTest
{
    public static TheoryData<string> Revisions => [.. RuleSetCaseCatalog.All.Select(r => r.Id)];

    /// <summary>
    /// Gets the revisions that stand alone (no <c>extends</c>). An overlay inherits most indicators, whose cases live with
    /// its base revision; which of its own changes need cases is for its author to say.
    /// </summary>
    public static TheoryData<string> StandAloneRevisions => [.. RuleSetCaseCatalog.All.Where(r => r.Revision?.Extends is null).Select(r => r.Id)];

    [Theory]
    [MemberData(nameof(Revisions))]
    public void Revision_RulesAndCasesLoad(string id)
    {
        var revision = RuleSetCaseCatalog.All.Single(r => r.Id == id);

        revision.Problems.Select(p => p.ToString()).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(StandAloneRevisions))]
    public void Revision_LoadsWithItsCases(string id)
    {
        var revision = RuleSetCaseCatalog.All.Single(r => r.Id == id);

        revision.Problems.Select(p => p.ToString()).Should().BeEmpty();
        revision.Cases.Should().NotBeEmpty("every revision carries its regression cases in tests/");
    }

    [Theory]
    [MemberData(nameof(StandAloneRevisions))]
    public void Revision_EveryIndicator_IsNamedByARegressionCase(string id)
    {
        var revision = RuleSetCaseCatalog.All.Single(r => r.Id == id);
        var named = revision.Cases
            .SelectMany(c => c.Expectations)
            .SelectMany(e => e.Violations.Concat(e.Bonuses ?? []).Concat(e.Reasons.Select(r => r.IndicatorId)))
            .ToHashSet(StringComparer.Ordinal);

        var missing = revision.Revision!.Indicators.Select(i => i.Id).Where(i => !named.Contains(i));

        missing.Should().BeEmpty("every indicator needs a case in which it fires");
    }

    [Theory]
    [MemberData(nameof(Revisions))]
    public void Revision_BuiltInCases_AreTheFolderCases(string id)
    {
        var builtIn = RegressionSuite.ReadBuiltIn(id).GetValueOrThrow();

        builtIn.Cases.Select(c => c.DisplayId).Should().Equal(RuleSetCaseCatalog.All.Single(r => r.Id == id).Cases.Select(c => c.DisplayId));
    }

    [Fact]
    public void Gb2019_VerifiedIndicators_AreTheReferencesVAndTRows()
    {
        var revision = RuleSet.ReadBuiltIn("gb-2019").GetValueOrThrow();

        revision.Indicators.Where(i => i.Verified).Select(i => i.Id).Should().BeEquivalentTo(
            "W-V1a", "W-V1b", "W-V1c", "W-V1d", "W-V1e", "W-V1f", "W-V2", "W-V3a", "W-V3b", "W-V4a", "W-V4b", "W-V4c",
            "W-V5a", "W-V5b", "W-V6a", "W-D1e", "W-D2c", "W-D3d");
        revision.Indicators.Where(i => !i.Verified).Select(i => i.Id).Should().BeEquivalentTo(
            "W-V6b", "NM-V1a", "NM-V1b", "NM-V1c", "NM-V1d", "NM-V2", "NM-V3",
            "W-D1a", "W-D1b", "W-D1c", "W-D1d", "W-D1f", "W-D1g", "W-D1h",
            "W-D2a", "W-D2b", "W-D2d", "W-D2e", "W-D2f",
            "W-D3a", "W-D3b", "W-D3c", "W-D3e",
            "W-D4a", "W-D4b", "W-D4c", "W-D4d", "W-D4e", "W-D4f", "W-B");
    }

    [Fact]
    public void Gb2019Supervision_VerifiedIndicators_AreTheReferencesTRows()
    {
        var revision = RuleSet.ReadBuiltIn("gb-2019-supervision").GetValueOrThrow();

        revision.Indicators.Where(i => i.Verified).Select(i => i.Id).Should().BeEquivalentTo("S-V1", "S-D-ZCa", "S-D-ZCb", "S-B4");
        revision.Indicators.Where(i => !i.Verified).Select(i => i.Id).Should().BeEquivalentTo("S-V2", "S-D-OTHER", "S-B1", "S-B2", "S-B3", "S-B5");
    }

    [Fact]
    public void Gb2015_VerifiedIndicators_AreTheVetoRows()
    {
        var revision = RuleSet.ReadBuiltIn("gb-2015").GetValueOrThrow();

        revision.Indicators.Where(i => i.Verified).Select(i => i.Id).Should().BeEquivalentTo(
            "W-V2", "W-V3a", "W-V3b", "W-V4a", "W-V4b", "W-V4c", "P-V4a", "P-V4b", "W-V1c", "W-V5b");
        revision.Indicators.Where(i => !i.Verified).Select(i => i.Id).Should().BeEquivalentTo(
            "P-D1a", "P-D1b", "P-D2a", "P-D2b", "P-D3a", "P-D3b", "P-D3c", "P-D4a", "P-D4b", "P-D4c");
    }

    [Fact]
    public void Gb2019_Scoring_IsTheNoticesMethod()
    {
        var scoring = RuleSet.ReadBuiltIn("gb-2019").GetValueOrThrow().Scoring;

        scoring.Base.Should().Be(100);
        scoring.FailBelow.Should().Be(60);
        scoring.BonusAbove.Should().Be(80);
        scoring.BonusMax.Should().Be(30);
        scoring.WithoutExternalServices!.Base.Should().Be(75);
        (scoring.WithoutExternalServices.ScaleNumerator / scoring.WithoutExternalServices.ScaleDenominator).Should().Be(4m / 3m);
        scoring.WithoutExternalServices.ExcludedGroups.Should().Equal("W-D2");
    }
}
