using Compliance.Rules.Authoring;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;
using Compliance.Rules.Results;
using NodaTime;

namespace Compliance.Rules.Tests.Authoring;

/// <summary>
/// A revision that extends another and overrides only what changes: a threshold, an indicator switched off, a new
/// indicator. The base is a sibling temporary folder, or the built-in gb-2019.
/// </summary>
public sealed class OverlayTest : IDisposable
{
    private const string NationalIndicators =
        """
        indicators:
          - id: W-V-STALE
            name: 栏目不更新
            kind: veto
            applies_to: website
            source: 测试 单项否决 1
            provenance: confirmed
            when:
              count:
                of: column
                where: { category: 动态要闻, last_updated: { not_within: { calendar_days: 14 } } }
              gte: 5
            reason: 累计{count}个栏目未更新（标准：{threshold}个）
          - id: W-V-SECRET
            name: 泄露国家秘密
            kind: veto
            applies_to: website
            source: 测试 单项否决 2
            provenance: confirmed
            when:
              exists: { of: content_issue, where: { kind: 泄露国家秘密 } }
            reason: 泄露国家秘密
        """;

    private const string OverlayIndicators =
        """
        overrides:
          - id: W-V-STALE
            when: { gte: 6 }
          - id: W-V-SECRET
            enabled: false
        indicators:
          - id: BT-V-BLANK
            name: 空白栏目
            kind: veto
            applies_to: website
            source: 兵团 单项否决 1
            provenance: confirmed
            when:
              exists: { of: column, where: { is_blank: true } }
            reason: 存在空白栏目
        """;

    /// <summary>The as-of date; the 14 calendar days before it start on 2024-06-13.</summary>
    private static readonly LocalDate AsOf = new(2024, 6, 27);

    private static readonly Website Site = new("site-1", "兵团某局网站", "兵团某局", IsPortal: true, ProvidesExternalServices: true, AdministrativeLevel.Province);

    private readonly TempRuleFolders _folders = new();
    private readonly string _national;
    private readonly string _overlay;

    public OverlayTest()
    {
        _national = _folders.Revision("national", RuleLoadingDiagnosticsTest.BaseRevision.Replace("id: t\n", "id: national\n", StringComparison.Ordinal), ("veto.yaml", NationalIndicators));
        _overlay = _folders.Revision("bingtuan", "id: bingtuan\nextends: national\ntitle: 兵团叠加\ncalendar: cn-xj\n", ("overlay.yaml", OverlayIndicators));
    }

    public void Dispose() => _folders.Dispose();

    [Fact]
    public void Read_OverlayChangingOnlyTheThreshold_KeepsEverythingElseOfTheIndicator()
    {
        var national = RuleSet.Read(_national).GetValueOrThrow().FindIndicator("W-V-STALE")!;

        var overlay = RuleSet.Read(_overlay).GetValueOrThrow();

        var stale = overlay.FindIndicator("W-V-STALE")!;
        stale.Should().BeEquivalentTo(national, options => options.Excluding(i => i.Definition).Excluding(i => i.Location));
        stale.Definition.Should().Be(national.Definition.Replace("gte: 5", "gte: 6", StringComparison.Ordinal));
        stale.Location.Should().Be(new SourceLocation(_folders.IndicatorFile("bingtuan", "overlay.yaml"), 2, 5));
    }

    [Fact]
    public void Read_Overlay_TakesItsOwnHeaderKeysAndTheBasesOthers()
    {
        var overlay = RuleSet.Read(_overlay).GetValueOrThrow();

        overlay.Id.Should().Be("bingtuan");
        overlay.Extends.Should().Be("national");
        overlay.Title.Should().Be("兵团叠加");
        overlay.CalendarId.Should().Be("cn-xj");
        overlay.Document.Should().Be("测试〔2024〕1号");
        overlay.Scoring.FailBelow.Should().Be(60);
        overlay.Groups.Select(g => g.Id).Should().Equal("PUBLISH", "BONUS");
        overlay.Indicators.Select(i => i.Id).Should().Equal("W-V-STALE", "W-V-SECRET", "BT-V-BLANK");
    }

    [Fact]
    public void Evaluate_FiveStaleColumns_FailsUnderTheBase()
    {
        var result = Evaluate(_national, StaleColumns(5));

        result.Verdict.Should().Be(Verdict.Fail);
        result.Violations.Should().ContainSingle().Which.Reason.Should().Be("累计5个栏目未更新（标准：5个）");
    }

    [Fact]
    public void Evaluate_FiveStaleColumns_PassesUnderTheOverlayThatRaisedTheThresholdToSix()
    {
        var result = Evaluate(_overlay, StaleColumns(5));

        result.Verdict.Should().Be(Verdict.Pass);
        result.Violations.Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_SixStaleColumns_FailsUnderTheOverlayWithTheBasesReasonAndTheNewThreshold()
    {
        var result = Evaluate(_overlay, StaleColumns(6));

        result.Verdict.Should().Be(Verdict.Fail);
        var violation = result.Violations.Should().ContainSingle().Which;
        violation.IndicatorId.Should().Be("W-V-STALE");
        violation.Reason.Should().Be("累计6个栏目未更新（标准：6个）");
        violation.Source.Should().Be("测试 单项否决 1");
    }

    [Fact]
    public void Evaluate_IndicatorDisabledByTheOverlay_FiresOnlyUnderTheBase()
    {
        var leak = new ContentIssue("issue-1", Site.Id, ContentIssueKind.SecretLeak, new LocalDate(2024, 6, 20), "首页泄露国家秘密");

        var underBase = Evaluate(_national, [leak]);
        var underOverlay = Evaluate(_overlay, [leak]);

        underBase.Violations.Should().ContainSingle().Which.IndicatorId.Should().Be("W-V-SECRET");
        underOverlay.Violations.Should().BeEmpty();
        underOverlay.Verdict.Should().Be(Verdict.Pass);
        RuleSet.Read(_overlay).GetValueOrThrow().FindIndicator("W-V-SECRET")!.Enabled.Should().BeFalse();
        RuleSet.LoadDirectory(_overlay).RuleCount.Should().Be(2);
    }

    [Fact]
    public void Evaluate_IndicatorAddedByTheOverlay_FiresOnlyUnderTheOverlay()
    {
        var blank = new Column("col-1", Site.Id, "专题专栏", ColumnCategory.Other, IsTopLevel: true, OnHomepage: false, IsBlank: true, new LocalDate(2024, 6, 26));

        var underBase = Evaluate(_national, [blank]);
        var underOverlay = Evaluate(_overlay, [blank]);

        underBase.Violations.Should().BeEmpty();
        underOverlay.Violations.Should().ContainSingle().Which.IndicatorId.Should().Be("BT-V-BLANK");
    }

    [Theory]
    [InlineData("W-V-STALE", "when: { gte: -1 }", "CR2010", 18, "a count is never negative, so 'gte: -1' is impossible")]
    [InlineData("W-V-SECRET", "enabeld: false", "CR0002", 5, "unknown key 'enabeld' in indicator 'W-V-SECRET' (did you mean 'enabled'?)")]
    [InlineData("W-V-STALE", "when: { count: { where: { last_updated: { not_within: { months: 1, days: 3 } } } } }", "CR0002", 72, "unknown key 'days' in a time window")]
    public void Read_MistakeInAnOverride_IsReportedInTheOverlayFile(string id, string change, string code, int column, string message)
    {
        var overlay = _folders.Revision("broken", "id: broken\nextends: national\n", ("o.yaml", $"overrides:\n  - id: {id}\n    {change}\n"));

        var result = RuleSet.Read(overlay);

        var error = result.Diagnostics.Should().ContainSingle().Which;
        error.Code.Should().Be(code);
        error.Location.Should().Be(new SourceLocation(_folders.IndicatorFile("broken", "o.yaml"), 3, column));
        error.Subject.Should().Be(id);
        error.Message.Should().Contain(message);
    }

    // 超过(含)5个 (gte: 5) made 超过5个 (gt: 5) by an override: the overlay's comparison replaces the base's.
    [Theory]
    [InlineData(5, false)]
    [InlineData(6, true)]
    public void Evaluate_OverrideSwappingGteForGt_MakesTheBoundExclusive(int stale, bool fails)
    {
        var overlay = _folders.Revision("strict", "id: strict\nextends: national\n", ("o.yaml", "overrides:\n  - id: W-V-STALE\n    when: { gt: 5 }\n"));

        var result = Evaluate(overlay, StaleColumns(stale));

        var reasons = result.Violations.Where(v => v.IndicatorId == "W-V-STALE").Select(v => v.Reason);
        reasons.Should().Equal(fails ? [$"累计{stale}个栏目未更新（标准：5个）"] : []);
    }

    // The 14 calendar days become one month: as of 2024-06-27 the window starts on 2024-05-27.
    [Theory]
    [InlineData(2024, 6, 12, false)]
    [InlineData(2024, 5, 27, false)]
    [InlineData(2024, 5, 26, true)]
    public void Evaluate_OverrideSwappingTheWindowsUnit_UsesTheNewUnitOnly(int y, int m, int d, bool fails)
    {
        var overlay = _folders.Revision(
            "monthly",
            "id: monthly\nextends: national\n",
            ("o.yaml", "overrides:\n  - id: W-V-STALE\n    when: { count: { where: { last_updated: { not_within: { months: 1 } } } } }\n"));
        var columns = Enumerable.Range(1, 5).Select(i => new Column($"col-{i}", Site.Id, $"动态{i}", ColumnCategory.News, true, true, false, new LocalDate(y, m, d)));

        var result = Evaluate(overlay, columns);

        result.Violations.Any(v => v.IndicatorId == "W-V-STALE").Should().Be(fails);
    }

    [Fact]
    public void Read_OverrideOfOneBoundOfARange_KeepsTheOtherBound()
    {
        var definition = DefinitionAfterOverride(
            "ranged",
            "{ exists: { of: column, where: { last_updated: { gte: 2024-01-01, lte: 2024-03-31 } } } }",
            "{ exists: { where: { last_updated: { lte: 2024-06-30 } } } }");

        definition.Should().Contain("last_updated: {gte: 2024-01-01, lte: 2024-06-30}");
    }

    // A size test holds one comparison: the grammar makes an override's comparison replace the base's, as in a condition.
    [Fact]
    public void Read_OverrideOfASizeTestsComparison_ReplacesTheBasesComparison()
    {
        var definition = DefinitionAfterOverride(
            "guides",
            "{ exists: { of: service_guide, where: { missing_elements: { size: { gte: 4 } } } } }",
            "{ exists: { where: { missing_elements: { size: { gt: 4 } } } } }");

        definition.Should().Contain("missing_elements: {size: {gt: 4}}");
    }

    // when, judged_by and any are the grammar's alternatives for an indicator's condition: an override's sub-rules replace
    // the base's when.
    [Fact]
    public void Read_OverrideGivingSubRules_ReplacesTheBasesCondition()
    {
        var overlay = _folders.Revision(
            "split",
            "id: split\nextends: national\n",
            ("o.yaml", "overrides:\n  - id: W-V-SECRET\n    any:\n      - { rule: \"1\", when: { exists: { of: content_issue, where: { kind: 泄露国家秘密 } } } }\n      - { rule: \"2\", when: { exists: { of: content_issue, where: { kind: 违法有害内容 } } } }\n"));

        var indicator = RuleSet.Read(overlay).GetValueOrThrow().FindIndicator("W-V-SECRET")!;

        indicator.SubRules.Select(r => r.Rule).Should().Equal("1", "2");
    }

    [Fact]
    public void Read_TempOverlayOfTheBuiltInGb2019_ChangesOnlyTheThresholdOfW_V4a()
    {
        var overlay = BuiltInOverlay();
        var national = RuleSet.ReadBuiltIn("gb-2019").GetValueOrThrow();

        var revision = RuleSet.Read(overlay).GetValueOrThrow();

        revision.Extends.Should().Be("gb-2019");
        revision.Indicators.Select(i => i.Id).Should().Equal(national.Indicators.Select(i => i.Id));
        var changed = revision.FindIndicator("W-V4a")!;
        var original = national.FindIndicator("W-V4a")!;
        changed.Should().BeEquivalentTo(original, options => options.Excluding(i => i.Definition).Excluding(i => i.Location));
        changed.Definition.Should().Be(original.Definition.Replace("gte: 5", "gte: 6", StringComparison.Ordinal));
        revision.Indicators.Where(i => i.Id != "W-V4a").Should().BeEquivalentTo(national.Indicators.Where(i => i.Id != "W-V4a"));
    }

    [Theory]
    [InlineData(5, false, true)]
    [InlineData(6, true, true)]
    public void Evaluate_StaleNewsColumns_BreakW_V4aFromFiveUnderGb2019AndFromSixUnderTheOverlay(int stale, bool underOverlay, bool underBase)
    {
        var columns = StaleColumns(stale);

        var overlayFindings = RuleSet.LoadDirectory(BuiltInOverlay()).Evaluate(FactBatch.Of([Site], columns), AsOf).Assessments.Single().Violations;
        var baseFindings = RuleSet.BuiltIn("gb-2019").Evaluate(FactBatch.Of([Site], columns), AsOf).Assessments.Single().Violations;

        overlayFindings.Any(f => f.IndicatorId == "W-V4a").Should().Be(underOverlay);
        baseFindings.Any(f => f.IndicatorId == "W-V4a").Should().Be(underBase);
    }

    /// <summary>An overlay in a temporary folder of the built-in gb-2019 that raises W-V4a's 超过(含)5个 to 6.</summary>
    private string BuiltInOverlay() =>
        _folders.Revision("gb-2019-overlay", "id: gb-2019-overlay\nextends: gb-2019\ntitle: 叠加\n", ("o.yaml", "overrides:\n  - id: W-V4a\n    when: { gte: 6 }\n"));

    /// <summary>News columns last updated on 2024-06-12, the day before the 14-day window of <see cref="AsOf"/> starts.</summary>
    private static Observation[] StaleColumns(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new Column($"col-{i}", Site.Id, $"动态{i}", ColumnCategory.News, IsTopLevel: true, OnHomepage: true, IsBlank: false, new LocalDate(2024, 6, 12)))];

    private static Assessment Evaluate(string folder, IEnumerable<Observation> observations) =>
        RuleSet.LoadDirectory(folder).Evaluate(FactBatch.Of([Site], observations), AsOf).Assessments.Single();

    // Loads a base with one veto R of the given condition, and an overlay whose override of R writes the given when.
    private string DefinitionAfterOverride(string name, string when, string change)
    {
        _folders.Revision(
            name,
            RuleLoadingDiagnosticsTest.BaseRevision.Replace("id: t\n", $"id: {name}\n", StringComparison.Ordinal),
            ("r.yaml", $"indicators:\n  - {{ id: R, name: 测试, kind: veto, applies_to: website, source: 测试, provenance: confirmed, reason: 测试, when: {when} }}\n"));
        var overlay = _folders.Revision($"{name}-overlay", $"id: {name}-overlay\nextends: {name}\n", ("o.yaml", $"overrides:\n  - id: R\n    when: {change}\n"));
        return RuleSet.Read(overlay).GetValueOrThrow().FindIndicator("R")!.Definition;
    }
}
