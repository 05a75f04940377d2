using Compliance.Rules.Hosting;
using Compliance.Rules.Hosting.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the Compliance.Rules health check.</summary>
public static class ComplianceRulesHealthChecksBuilderExtensions
{
    /// <summary>
    /// Adds a health check that is healthy while every rule set served is the one on disk, and reports
    /// <paramref name="failureStatus"/> while the latest edit of some rule set was rejected, with every diagnostic
    /// (file:line:col) in its description and data, until the files are fixed and reloaded.
    /// </summary>
    /// <param name="builder">The host's health checks (<c>services.AddHealthChecks()</c>).</param>
    /// <param name="name">The check's name.</param>
    /// <param name="failureStatus">The status of a stale rule set; <see langword="null"/> for <see cref="HealthStatus.Unhealthy"/>.</param>
    /// <param name="tags">Tags to filter health checks by.</param>
    /// <returns>The same builder, for chaining.</returns>
    /// <remarks>Needs <see cref="IRuleSetProvider"/>: call <c>services.AddComplianceRules()</c> as well.</remarks>
    public static IHealthChecksBuilder AddComplianceRules(this IHealthChecksBuilder builder, string name = "compliance-rules", HealthStatus? failureStatus = null, IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddCheck<RuleSetHealthCheck>(name, failureStatus, tags ?? []);
    }
}
