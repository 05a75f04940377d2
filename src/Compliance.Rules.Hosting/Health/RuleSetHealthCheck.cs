using System.Collections.Immutable;
using System.Globalization;
using Compliance.Rules.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Compliance.Rules.Hosting.Health;

/// <summary>
/// Healthy while every rule set served is the one on disk; unhealthy (the registration's failure status) while the
/// latest edit of some rule set was rejected, with the diagnostics (file:line:col) in the description and the data.
/// </summary>
internal sealed class RuleSetHealthCheck(IRuleSetProvider provider) : IHealthCheck
{
    // Enough to see what is wrong; a file with hundreds of errors should not make a description of megabytes.
    private const int MostDiagnosticsShown = 10;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        RuleSetState state;
        try
        {
            state = provider.State;
        }
        catch (DiagnosticsException ex)
        {
            return Task.FromResult(new HealthCheckResult(context.Registration.FailureStatus, "the rule sets could not be loaded: " + Shown(ex.Diagnostics)));
        }

        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var source in state.Sources)
        {
            data[source.Active.RevisionId] = Serving(source.Active);
            if (source.IsStale)
            {
                data[source.Active.RevisionId + ":rejected"] = source.Rejected.Select(d => d.ToDisplayString()).ToArray();
            }
        }

        if (!state.IsStale)
        {
            return Task.FromResult(HealthCheckResult.Healthy("serving " + string.Join("; ", state.Sources.Select(s => Serving(s.Active))), data));
        }

        var stale = state.Sources.Where(s => s.IsStale).Select(s => string.Create(
            CultureInfo.InvariantCulture,
            $"{s.Source}: the latest edit was rejected at {s.RejectedAt:O} and {Serving(s.Active)} is still served: {Shown(s.Rejected)}"));
        return Task.FromResult(new HealthCheckResult(context.Registration.FailureStatus, "stale rule set " + string.Join(" | ", stale), data: data));
    }

    private static string Serving(ActiveRuleSet active) => string.Create(
        CultureInfo.InvariantCulture,
        $"{active.RevisionId} (content hash {active.ContentHash[..Math.Min(12, active.ContentHash.Length)]}, generation {active.Generation})");

    private static string Shown(ImmutableArray<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var shown = string.Join("; ", errors.Take(MostDiagnosticsShown).Select(d => d.ToDisplayString()));
        return errors.Count > MostDiagnosticsShown
            ? string.Create(CultureInfo.InvariantCulture, $"{shown}; and {errors.Count - MostDiagnosticsShown} more errors")
            : shown;
    }
}
