using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Diagnostics;

namespace Compliance.Rules.Tests.Authoring;

/// <summary>Warnings (预警): an indicator's <c>warn</c> template and the <c>warn_ahead</c> settings of indicators and revisions.</summary>
public sealed partial class RuleLoadingDiagnosticsTest
{
    [Fact]
    public void Read_WarnWithTheWarningPlaceholders_IsReadWithItsSetting()
    {
        var result = ReadIndicators(BlankColumnCount("reason: 空白栏目{count}个\n    warn: 还有{days}天（{date:M月d日}起，剩{working_days}个工作日，截至{as_of:M月d日}）\n    warn_ahead: { working_days: 2 }"));

        result.Diagnostics.Should().BeEmpty();
        var indicator = result.GetValueOrThrow().Indicators.Single();
        indicator.WarnTemplate.Should().Be("还有{days}天（{date:M月d日}起，剩{working_days}个工作日，截至{as_of:M月d日}）");
        indicator.WarnAhead.Should().Be(new WarnAhead(2, TimeUnit.WorkingDays));
        result.GetValueOrThrow().WarnAhead.Should().Be(WarnAhead.Default);
    }

    [Fact]
    public void Read_WarnWithUnknownPlaceholder_ReportsItAtTheWarnWithTheWarningPlaceholdersOffered()
    {
        var result = ReadIndicators(BlankColumnCount("reason: 空白栏目{count}个\n    warn: 还有{dayz}天"));

        var error = SingleError(result, DiagnosticCodes.TemplateError.Code, IndicatorFile, 12, 11, "W-1");
        error.Message.Should().StartWith("warn: unknown placeholder '{dayz}'; this indicator offers: as_of, count, date, days, earliest.last_updated,");
        error.Message.Should().EndWith(", threshold, working_days");
    }

    [Fact]
    public void Read_ReasonWithAWarningPlaceholder_ReportsItAsUnknown()
    {
        // date, days and working_days belong to warnings: a reason is rendered on the as-of date, not before a change.
        var result = ReadIndicators(BlankColumnCount("reason: 还有{days}天"));

        var error = SingleError(result, DiagnosticCodes.TemplateError.Code, IndicatorFile, 11, 13, "W-1");
        error.Message.Should().StartWith("reason: unknown placeholder '{days}'");
    }

    [Fact]
    public void Read_WarnAheadWithTwoUnits_ReportsTheWindowCode()
    {
        var result = ReadIndicators(BlankColumnCount("reason: 空白栏目{count}个\n    warn_ahead: { calendar_days: 3, working_days: 1 }"));

        var error = SingleError(result, DiagnosticCodes.InvalidWindow.Code, IndicatorFile, 12, 17, "W-1");
        error.Message.Should().Be("'warn_ahead' needs exactly one of calendar_days, working_days; found calendar_days, working_days");
    }

    [Fact]
    public void Read_WarnAheadOfZeroDays_ReportsTheAmount()
    {
        var result = ReadIndicators(BlankColumnCount("reason: 空白栏目{count}个\n    warn_ahead: { calendar_days: 0 }"));

        var error = SingleError(result, DiagnosticCodes.InvalidWindow.Code, IndicatorFile, 12, 34, "W-1");
        error.Message.Should().Be("'warn_ahead' of 0 calendar_days is impossible: the amount must be at least 1");
    }

    [Fact]
    public void Read_RevisionWarnAhead_IsEveryIndicatorsSettingUnlessItHasItsOwn()
    {
        var revision = BaseRevision + "\nwarn_ahead: { calendar_days: 5 }";
        var result = RuleSet.Read(_folders.Revision("t", revision, ("a.yaml", BlankColumnCount("reason: 空白栏目{count}个"))));

        result.Diagnostics.Should().BeEmpty();
        var read = result.GetValueOrThrow();
        read.WarnAheadOf(read.Indicators.Single()).Should().Be(new WarnAhead(5, TimeUnit.CalendarDays));
    }

    [Fact]
    public void Read_RevisionWarnAheadInMonths_ReportsTheKeyAndTheMissingUnit()
    {
        var revision = BaseRevision + "\nwarn_ahead: { months: 1 }";
        var result = RuleSet.Read(_folders.Revision("t", revision, ("a.yaml", BlankColumnCount("reason: 空白栏目{count}个"))));

        result.Success.Should().BeFalse();
        result.Diagnostics.Select(d => (d.Code, d.Location.Line)).Should().BeEquivalentTo([("CR0002", 16), (DiagnosticCodes.InvalidWindow.Code, 16)]);
    }
}
