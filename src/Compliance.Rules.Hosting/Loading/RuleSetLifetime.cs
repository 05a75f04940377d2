using Compliance.Rules.Hosting.Watching;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Compliance.Rules.Hosting.Loading;

/// <summary>
/// Loads the rule sets when the host starts, so that a host whose rule files have errors refuses to start with every
/// diagnostic, and watches their files while it runs (when <see cref="ComplianceRulesOptions.ReloadOnChange"/> is on).
/// </summary>
internal sealed class RuleSetLifetime(RuleSetProvider provider, ComplianceRulesOptions options, ILogger logger, TimeProvider time) : IHostedService, IDisposable
{
    private RuleFileWatcher? _watcher;

    /// <summary>Gets the watcher while the host runs with reloading on.</summary>
    public RuleFileWatcher? Watcher => _watcher;

    /// <exception cref="Diagnostics.DiagnosticsException">The rule sets have errors: the host does not start.</exception>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var state = provider.LoadInitial();
        if (options.ReloadOnChange)
        {
            _watcher = new RuleFileWatcher(WatchTarget.Of(provider.Sources, state), options.ReloadDelay, () => provider.ReloadAsync(), logger, time);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => Interlocked.Exchange(ref _watcher, null)?.Dispose();
}
