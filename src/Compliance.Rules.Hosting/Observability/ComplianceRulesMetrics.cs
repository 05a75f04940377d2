using System.Diagnostics.Metrics;
using System.Reflection;

namespace Compliance.Rules.Hosting.Observability;

/// <summary>The instruments of the <c>Compliance.Rules</c> meter (listed in <see cref="ComplianceRulesTelemetry"/>).</summary>
/// <remarks>
/// The meter comes from the host's <see cref="IMeterFactory"/> when it has one (every .NET 8 host does), so that it
/// belongs to the host's container and a test's listener can tell it from another host's; otherwise it is created here
/// and disposed with the container. Thread-safe.
/// </remarks>
internal sealed class ComplianceRulesMetrics : IDisposable
{
    private static readonly string? Version = typeof(ComplianceRulesMetrics).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

    private readonly Meter _meter;
    private readonly bool _ownsMeter;

    public ComplianceRulesMetrics(IMeterFactory? factory)
    {
        _ownsMeter = factory is null;
        _meter = factory?.Create(ComplianceRulesTelemetry.MeterName, Version) ?? new Meter(ComplianceRulesTelemetry.MeterName, Version);
        Evaluations = _meter.CreateCounter<long>("compliance_rules.evaluations", "{evaluation}", "Batches evaluated");
        Subjects = _meter.CreateCounter<long>("compliance_rules.subjects", "{subject}", "Subjects evaluated, by verdict");
        Findings = _meter.CreateCounter<long>("compliance_rules.findings", "{finding}", "Findings (violations and bonuses), by indicator");
        Duration = _meter.CreateHistogram<double>("compliance_rules.evaluation.duration", "s", "How long evaluating a batch took");
        Reloads = _meter.CreateCounter<long>("compliance_rules.reloads", "{reload}", "Reloads of a rule set, by outcome");
        ReloadFailures = _meter.CreateCounter<long>("compliance_rules.reload.failures", "{reload}", "Reloads of a rule set rejected for errors");
    }

    public Counter<long> Evaluations { get; }

    public Counter<long> Subjects { get; }

    public Counter<long> Findings { get; }

    public Histogram<double> Duration { get; }

    public Counter<long> Reloads { get; }

    public Counter<long> ReloadFailures { get; }

    public void Dispose()
    {
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }
}
