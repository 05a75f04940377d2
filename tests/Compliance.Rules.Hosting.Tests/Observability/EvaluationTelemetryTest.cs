using System.Diagnostics.Metrics;
using Compliance.Rules.Facts.Input;
using Compliance.Rules.Hosting.Tests.Support;
using Compliance.Rules.Results;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Compliance.Rules.Hosting.Tests.Observability;

/// <summary>Metrics through System.Diagnostics.Metrics and log events of evaluations and reloads.</summary>
public sealed class EvaluationTelemetryTest : IDisposable
{
    private readonly XjbtRuleFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Evaluate_XjbtSample_RecordsEvaluationSubjectsByVerdictFindingsByIndicatorAndDuration()
    {
        await using var host = await RulesHost.StartAsync("builtin:xjbt-2024");
        using var metrics = new MetricsRecorder(host.Host.Services.GetRequiredService<IMeterFactory>());
        var batch = FactsInput.Read(SampleFactsJson.XjbtSample).GetValueOrThrow();

        var result = host.Rules.Get().Evaluate(batch, SampleBatches.AsOf);

        // The notice: 41 websites and 610 of 618 accounts pass; the eight failing accounts fail NM-V2 (超14天未更新).
        var revision = ("revision", "xjbt-2024");
        metrics.Sum("compliance_rules.evaluations", revision, ("outcome", "ok")).Should().Be(1);
        metrics.Sum("compliance_rules.subjects", revision, ("verdict", "pass")).Should().Be(651);
        metrics.Sum("compliance_rules.subjects", revision, ("verdict", "fail")).Should().Be(8);
        metrics.Sum("compliance_rules.findings", revision, ("indicator", "NM-V2"), ("kind", "veto")).Should().Be(8);
        var findings = result.Assessments.Sum(a => a.Violations.Length + a.Bonuses.Length);
        metrics.Sum("compliance_rules.findings", revision).Should().Be(findings);
        metrics.Measurements.Should().ContainSingle(m => m.Instrument == "compliance_rules.evaluation.duration").Which.Value.Should().BePositive();
        host.Logs.Entries.Should().ContainSingle(e => e.EventId.Id == 20).Which.Message
            .Should().StartWith("Evaluated 659 subjects with xjbt-2024").And.Contain("at 2024-06-27: 651 passed, 8 failed, 0 not assessed, 0 excluded");
    }

    [Fact]
    public async Task Evaluate_AsOfOutsideTheCalendar_IsCountedAsAnErrorAndLogged()
    {
        await using var host = await RulesHost.StartAsync("builtin:xjbt-2024");
        using var metrics = new MetricsRecorder(host.Host.Services.GetRequiredService<IMeterFactory>());

        var act = () => host.Rules.Get().Evaluate(SampleBatches.AccountLastPostedTenDaysBefore(), new NodaTime.LocalDate(2031, 1, 6));

        act.Should().Throw<Compliance.Rules.Calendar.CalendarRangeException>();
        metrics.Sum("compliance_rules.evaluations", ("outcome", "error")).Should().Be(1);
        host.Logs.Entries.Should().ContainSingle(e => e.EventId.Id == 21 && e.Level == LogLevel.Error);
    }

    [Fact]
    public async Task Reload_RejectedThenActivated_CountsTheFailureAndEachOutcome()
    {
        await using var host = await RulesHost.StartAsync(_folder.Revision);
        using var metrics = new MetricsRecorder(host.Host.Services.GetRequiredService<IMeterFactory>());

        _folder.Break();
        await host.Rules.ReloadAsync();
        _folder.SetNewMediaWindow(7);
        await host.Rules.ReloadAsync();
        await host.Rules.ReloadAsync();

        var source = ("source", _folder.Revision);
        metrics.Sum("compliance_rules.reload.failures", source).Should().Be(1);
        metrics.Sum("compliance_rules.reloads", source, ("outcome", "rejected")).Should().Be(1);
        metrics.Sum("compliance_rules.reloads", source, ("outcome", "activated")).Should().Be(1);
        metrics.Sum("compliance_rules.reloads", source, ("outcome", "unchanged")).Should().Be(1);
        host.Rules.Get().Evaluate(SampleBatches.AccountLastPostedTenDaysBefore(), SampleBatches.AsOf).Assessments.Single().Verdict.Should().Be(Verdict.Fail);
    }
}
