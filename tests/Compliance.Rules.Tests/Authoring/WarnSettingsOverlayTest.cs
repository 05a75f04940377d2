using Compliance.Rules.Authoring.Model;

namespace Compliance.Rules.Tests.Authoring;

/// <summary>An overlay changes how far ahead warnings are given, for the revision and for one indicator, in a unit of its own.</summary>
public sealed class WarnSettingsOverlayTest : IDisposable
{
    private const string Indicators =
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
            warn: 将有空白栏目
            warn_ahead: { calendar_days: 3 }
          - id: W-2
            name: 泄露国家秘密
            kind: veto
            applies_to: website
            source: 测试 2
            provenance: confirmed
            when:
              exists: { of: content_issue, where: { kind: 泄露国家秘密 } }
            reason: 泄露国家秘密
        """;

    private readonly TempRuleFolders _folders = new();

    public void Dispose() => _folders.Dispose();

    [Fact]
    public void Read_OverlayWritingWorkingDays_ReplacesTheBasesCalendarDays()
    {
        _folders.Revision("national", RuleLoadingDiagnosticsTest.BaseRevision.Replace("id: t\n", "id: national\n", StringComparison.Ordinal) + "\nwarn_ahead: { calendar_days: 7 }", ("a.yaml", Indicators));
        var overlay = _folders.Revision(
            "local",
            "id: local\nextends: national\ntitle: 叠加\nwarn_ahead: { working_days: 2 }\n",
            ("b.yaml", "overrides:\n  - id: W-1\n    warn: 空白栏目预警\n    warn_ahead: { working_days: 1 }\n"));

        var result = RuleSet.Read(overlay);

        result.Diagnostics.Should().BeEmpty();
        var revision = result.GetValueOrThrow();
        revision.WarnAheadOf(revision.FindIndicator("W-1")!).Should().Be(new WarnAhead(1, TimeUnit.WorkingDays));
        revision.FindIndicator("W-1")!.WarnTemplate.Should().Be("空白栏目预警");
        revision.WarnAheadOf(revision.FindIndicator("W-2")!).Should().Be(new WarnAhead(2, TimeUnit.WorkingDays));
    }
}
