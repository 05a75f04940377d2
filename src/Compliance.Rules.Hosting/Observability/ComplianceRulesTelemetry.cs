namespace Compliance.Rules.Hosting;

/// <summary>The names a host's telemetry uses for Compliance.Rules: the meter and the logging category.</summary>
/// <remarks>
/// <para>
/// Metrics (<see cref="System.Diagnostics.Metrics"/>, so OpenTelemetry picks them up with <c>AddMeter("Compliance.Rules")</c>):
/// <c>compliance_rules.evaluations</c> (tags <c>revision</c>, <c>outcome</c>: ok or error),
/// <c>compliance_rules.subjects</c> (<c>revision</c>, <c>verdict</c>: pass, fail, not_assessed, excluded),
/// <c>compliance_rules.findings</c> (<c>revision</c>, <c>indicator</c>, <c>kind</c>: veto, deduction, bonus),
/// <c>compliance_rules.evaluation.duration</c> in seconds (<c>revision</c>, <c>outcome</c>),
/// <c>compliance_rules.reloads</c> (<c>source</c>, <c>outcome</c>: activated, unchanged, rejected) and
/// <c>compliance_rules.reload.failures</c> (<c>source</c>).
/// </para>
/// <para>
/// Log events of the <see cref="LogCategory"/> category: 1 rule set loaded, 2 start-up refused, 10 reload activated a
/// new rule set, 11 reload found the content unchanged, 12 reload rejected (the last good rule set stays), 13 one
/// diagnostic of a load (file:line:col; errors at error level, warnings at debug level), 14 reload failed
/// unexpectedly, 15 a watched file changed, 16 a folder cannot be watched, 20 batch evaluated, 21 evaluation failed.
/// </para>
/// </remarks>
public static class ComplianceRulesTelemetry
{
    /// <summary>The name of the meter: <c>Compliance.Rules</c>.</summary>
    public const string MeterName = "Compliance.Rules";

    /// <summary>The logging category of every message: <c>Compliance.Rules</c>.</summary>
    public const string LogCategory = "Compliance.Rules";
}
