using Compliance.Rules.Diagnostics;
using Compliance.Rules.Authoring;

namespace Compliance.Rules.Tests.Authoring;

/// <summary>
/// Problems across files and revisions: duplicate ids (CR2005), extends (CR2006, CR2007), overrides (CR2008),
/// calendars (CR2009).
/// </summary>
public sealed partial class RuleLoadingDiagnosticsTest
{
    private const string BlankColumnVeto =
        """
        indicators:
          - id: W-1
            name: 空白栏目
            kind: veto
            applies_to: website
            source: 测试 1
            provenance: confirmed
            when:
              exists: { of: column, where: { is_blank: true } }
            reason: 存在空白栏目
        """;

    [Fact]
    public void Read_IndicatorIdUsedInTwoFiles_ReportsTheSecondWithThePositionOfTheFirst()
    {
        var folder = _folders.Revision("t", BaseRevision, ("a.yaml", BlankColumnVeto), ("b.yaml", BlankColumnVeto));

        var result = RuleSet.Read(folder);

        var error = SingleError(result, DiagnosticCodes.DuplicateId.Code, _folders.IndicatorFile("t", "b.yaml"), 2, 5, "W-1");
        error.Message.Should().Be($"indicator id 'W-1' is used twice (first at {_folders.IndicatorFile("t", "a.yaml")}:2:5)");
    }

    [Fact]
    public void Read_ExtendsARevisionThatDoesNotExist_ReportsMissingTargetAtTheName()
    {
        var folder = _folders.Revision("provincial", "id: provincial\nextends: gb-2099\ntitle: 省级\n");

        var result = RuleSet.Read(folder);

        var error = SingleError(result, DiagnosticCodes.MissingExtendsTarget.Code, _folders.RevisionFile("provincial"), 2, 10, "provincial");
        error.Message.Should().StartWith(
            "'extends: gb-2099' names no revision: there is no sibling folder 'gb-2099' with revision.yaml and no built-in revision of that id (built in: ");
    }

    [Fact]
    public void Read_TwoRevisionsExtendingEachOther_ReportsTheCycleWhereItCloses()
    {
        var a = _folders.Revision("a", "id: a\nextends: b\n");
        _folders.Revision("b", "id: b\nextends: a\n");

        var result = RuleSet.Read(a);

        var error = SingleError(result, DiagnosticCodes.RuleExtendsCycle.Code, _folders.RevisionFile("b"), 2, 10, "b");
        error.Message.Should().Be("revisions extend each other in a cycle: a → b → a");
    }

    [Fact]
    public void Read_OverrideOfAnIndicatorTheBaseLacks_ReportsItAtTheOverrideWithSuggestion()
    {
        _folders.Revision("base", BaseRevision.Replace("id: t\n", "id: base\n", StringComparison.Ordinal), ("a.yaml", BlankColumnVeto.Replace("W-1", "W-V4a", StringComparison.Ordinal)));
        var overlay = _folders.Revision("overlay", "id: overlay\nextends: base\n", ("o.yaml", "overrides:\n  - id: W-V4b\n    enabled: false\n"));

        var result = RuleSet.Read(overlay);

        var error = SingleError(result, DiagnosticCodes.OverrideOfMissingIndicator.Code, _folders.IndicatorFile("overlay", "o.yaml"), 2, 5, "W-V4b");
        error.Message.Should().Be("override of 'W-V4b', which the base revision does not have (did you mean 'W-V4a'?)");
    }

    [Fact]
    public void Read_OverridesInARevisionThatExtendsNone_ReportsEachOverride()
    {
        var result = ReadIndicators("overrides:\n  - id: W-1\n    enabled: false\n");

        var error = SingleError(result, DiagnosticCodes.OverrideOfMissingIndicator.Code, IndicatorFile, 2, 5, "W-1");
        error.Message.Should().Be("'overrides' changes an indicator of the base revision, but revision 't' extends none; move 'W-1' to 'indicators'");
    }

    [Fact]
    public void Read_IndicatorThatTheBaseAlreadyHas_ReportsDuplicateInTheOverlay()
    {
        _folders.Revision("base", BaseRevision.Replace("id: t\n", "id: base\n", StringComparison.Ordinal), ("a.yaml", BlankColumnVeto));
        var overlay = _folders.Revision("overlay", "id: overlay\nextends: base\n", ("a.yaml", BlankColumnVeto));

        var result = RuleSet.Read(overlay);

        var error = SingleError(result, DiagnosticCodes.DuplicateId.Code, _folders.IndicatorFile("overlay", "a.yaml"), 2, 5, "W-1");
        error.Message.Should().Be("indicator 'W-1' is already defined by the base revision; revision 'overlay' changes it under 'overrides'");
    }

    [Fact]
    public void Read_UnknownCalendar_ReportsItAtTheCalendarId()
    {
        var folder = _folders.Revision("t", BaseRevision.Replace("calendar: cn\n", "calendar: mars\n", StringComparison.Ordinal));

        var result = RuleSet.Read(folder);

        var error = SingleError(result, DiagnosticCodes.UnknownCalendar.Code, _folders.RevisionFile("t"), 5, 11, "t");
        error.Message.Should().Be("calendar 'mars' does not exist");
    }
}
