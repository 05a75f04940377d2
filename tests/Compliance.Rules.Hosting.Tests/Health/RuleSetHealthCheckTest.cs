using Compliance.Rules.Hosting.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Compliance.Rules.Hosting.Tests.Health;

/// <summary>The health check: healthy with the active revisions, unhealthy with the diagnostics while an edit is rejected.</summary>
public sealed class RuleSetHealthCheckTest : IDisposable
{
    private readonly XjbtRuleFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Check_RuleSetsAsOnDisk_IsHealthyNamingTheActiveRevisions()
    {
        await using var host = await RulesHost.StartAsync(_folder.Revision);

        var report = await host.Host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        report.Status.Should().Be(HealthStatus.Healthy);
        report.Entries["compliance-rules"].Description.Should().Be($"serving xjbt-2024 (content hash {host.Rules.Get().ContentHash[..12]}, generation 1)");
    }

    [Fact]
    public async Task Check_LatestEditRejected_IsUnhealthyWithTheErrorsPositionUntilFixed()
    {
        await using var host = await RulesHost.StartAsync(_folder.Revision);
        var checks = host.Host.Services.GetRequiredService<HealthCheckService>();

        _folder.Break();
        await host.Rules.ReloadAsync();
        var stale = await checks.CheckHealthAsync();
        _folder.SetNewMediaWindow(7);
        await host.Rules.ReloadAsync();
        var fixedReport = await checks.CheckHealthAsync();

        stale.Status.Should().Be(HealthStatus.Unhealthy);
        var entry = stale.Entries["compliance-rules"];
        entry.Description.Should().StartWith($"stale rule set {_folder.Revision}: the latest edit was rejected")
            .And.Contain($"{_folder.NewMediaFile}:{_folder.WindowLine}:")
            .And.Contain("generation 1) is still served");
        entry.Data["xjbt-2024:rejected"].Should().BeOfType<string[]>().Which.Should().Contain(d => d.Contains("calendar_dayz", StringComparison.Ordinal));
        fixedReport.Status.Should().Be(HealthStatus.Healthy);
        fixedReport.Entries["compliance-rules"].Description.Should().Contain("generation 2");
    }
}
