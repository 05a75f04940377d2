using Compliance.Rules.Hosting.Tests.Support;
using Compliance.Rules.Results;
using Microsoft.Extensions.Logging;

namespace Compliance.Rules.Hosting.Tests.Reloading;

/// <summary>Reloading edited rule files: a good edit replaces the rule set in one step, a bad one is rejected and the last good kept.</summary>
public sealed class ReloadTest : IDisposable
{
    private readonly XjbtRuleFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Reload_EditThatCompiles_ActivatesTheNewRuleSetWhileTheOldOneStillEvaluates()
    {
        await using var host = await RulesHost.StartAsync(_folder.Revision);
        var before = host.Rules.Get();
        var batch = SampleBatches.AccountLastPostedTenDaysBefore();

        _folder.SetNewMediaWindow(7);
        var state = await host.Rules.ReloadAsync();

        var after = host.Rules.Get();
        state.IsStale.Should().BeFalse();
        after.Should().NotBeSameAs(before);
        after.ContentHash.Should().NotBe(before.ContentHash);
        after.Generation.Should().Be(before.Generation + 1);
        after.Evaluate(batch, SampleBatches.AsOf).Assessments.Single().Verdict.Should().Be(Verdict.Fail, "a post 10 days old is outside a 7-day window");
        var old = before.Evaluate(batch, SampleBatches.AsOf);
        old.Assessments.Single().Verdict.Should().Be(Verdict.Pass, "the rule set an evaluation holds does not change under it");
        old.Provenance!.RevisionHash.Should().Be(before.ContentHash);
        host.Logs.Entries.Should().ContainSingle(e => e.EventId.Id == 10 && e.Message.Contains(after.ContentHash, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reload_EditWithErrors_KeepsServingTheLastGoodRuleSetAndSaysWhereTheErrorIs()
    {
        await using var host = await RulesHost.StartAsync(_folder.Revision);
        var good = host.Rules.Get();

        _folder.Break();
        var state = await host.Rules.ReloadAsync();

        host.Rules.Get().Should().BeSameAs(good);
        var source = state.Sources.Single();
        source.IsStale.Should().BeTrue();
        state.IsStale.Should().BeTrue();
        source.RejectedAt.Should().NotBeNull();
        source.Rejected.Should().Contain(d => d.Location.File == _folder.NewMediaFile && d.Location.Line == _folder.WindowLine && d.Message.Contains("calendar_dayz", StringComparison.Ordinal));
        host.Logs.Entries.Should().Contain(e => e.EventId.Id == 13 && e.Level == LogLevel.Error && e.Message.StartsWith($"{_folder.NewMediaFile}:{_folder.WindowLine}:", StringComparison.Ordinal));
        host.Logs.Entries.Should().ContainSingle(e => e.EventId.Id == 12 && e.Message.Contains(good.ContentHash, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reload_FixAfterARejectedEdit_ServesTheFixedRuleSetAndIsNoLongerStale()
    {
        await using var host = await RulesHost.StartAsync(_folder.Revision);
        _folder.Break();
        await host.Rules.ReloadAsync();

        _folder.SetNewMediaWindow(7);
        var state = await host.Rules.ReloadAsync();

        state.IsStale.Should().BeFalse();
        state.Sources.Single().Rejected.Should().BeEmpty();
        host.Rules.Get().Evaluate(SampleBatches.AccountLastPostedTenDaysBefore(), SampleBatches.AsOf).Assessments.Single().Verdict.Should().Be(Verdict.Fail);
    }

    [Fact]
    public async Task Reload_FilesUnchanged_KeepsTheActiveRuleSetAndItsGeneration()
    {
        await using var host = await RulesHost.StartAsync(_folder.Revision);
        var active = host.Rules.Get();

        await host.Rules.ReloadAsync();

        host.Rules.Get().Should().BeSameAs(active);
        host.Logs.Entries.Should().ContainSingle(e => e.EventId.Id == 11);
    }

    [Fact]
    public async Task Reload_HostCalendarFileEdited_ActivatesOnTheNewCalendarAndRejectsAnErrorInIt()
    {
        var calendar = Path.Combine(Path.GetDirectoryName(_folder.Revision)!, "host-calendars", "cn-xj.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(calendar)!);
        File.WriteAllText(calendar, HostCalendar(2027));
        await using var host = await RulesHost.StartAsync(_folder.Revision, ("CalendarFiles:0", calendar));
        var first = host.Rules.Get();

        File.WriteAllText(calendar, HostCalendar(2027).Replace("kind: off", "kind: of", StringComparison.Ordinal));
        var rejected = await host.Rules.ReloadAsync();

        first.RuleSet.Calendar.CoveredRange.End.Year.Should().Be(2027, "the host file adds 2027 to the built-in cn-xj");
        rejected.Sources.Single().Rejected.Should().Contain(d => d.Location.File == calendar && d.Location.Line > 0);
        host.Rules.Get().Should().BeSameAs(first);
    }

    // A host cn-xj.yaml adding a year to the built-in one (test data: 元旦 only; the festivals not yet known).
    private static string HostCalendar(int year) => $$"""
        id: cn-xj
        name: 新疆（含{{year}}年，测试用）
        extends: cn-xj
        years:
          - year: {{year}}
            notices:
              - { title: 测试用{{year}}年元旦安排（非正式通知）, published: {{year - 1}}-11-01, url: https://example.invalid/{{year}} }
            exceptions:
              - { date: {{year}}-01-01, kind: off, holiday: 元旦, confidence: high }
            unknown:
              - { holiday: 肉孜节, note: regional notice not yet published, around: { from: {{year}}-03-06, to: {{year}}-03-13 } }
              - { holiday: 古尔邦节, note: regional notice not yet published, around: { from: {{year}}-05-13, to: {{year}}-05-22 } }
        """;
}
