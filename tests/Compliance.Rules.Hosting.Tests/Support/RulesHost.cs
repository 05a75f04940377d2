using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Compliance.Rules.Hosting.Tests.Support;

/// <summary>
/// A generic host (no web server) with Compliance.Rules registered from in-memory configuration, its logs captured:
/// what a worker service that evaluates on a schedule looks like.
/// </summary>
internal sealed class RulesHost : IAsyncDisposable
{
    private bool _started;

    private RulesHost(IHost host, CapturedLogs logs)
    {
        Host = host;
        Logs = logs;
    }

    public IHost Host { get; }

    public CapturedLogs Logs { get; }

    public IRuleSetProvider Rules => Host.Services.GetRequiredService<IRuleSetProvider>();

    /// <summary>Builds the host (not started) from configuration keys under <c>ComplianceRules</c>.</summary>
    public static RulesHost Build(IDictionary<string, string?> settings, Action<ComplianceRulesOptions>? configure = null)
    {
        var logs = new CapturedLogs();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = Path.GetTempPath(),
        });
        builder.Configuration.AddInMemoryCollection(settings.ToDictionary(s => ComplianceRulesOptions.SectionName + ":" + s.Key, s => s.Value));
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddComplianceRules(configure);
        builder.Services.AddHealthChecks().AddComplianceRules();
        return new RulesHost(builder.Build(), logs);
    }

    /// <summary>Builds and starts a host serving one rule set, reloaded only when a test asks.</summary>
    public static async Task<RulesHost> StartAsync(string ruleSet, params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?> { ["RuleSets:0"] = ruleSet, ["ReloadOnChange"] = "false" };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        var host = Build(settings);
        await host.StartHostAsync();
        return host;
    }

    /// <summary>Starts the host (what a test of a refused start calls and expects to throw).</summary>
    public async Task StartHostAsync()
    {
        await Host.StartAsync();
        _started = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            await Host.StopAsync();
        }

        Host.Dispose();
    }
}
