using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Facts;
using Compliance.Rules.Results;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Text;

namespace Compliance.Rules.Hosting.Observability;

/// <summary>Logs and measures evaluations (events 20 and 21; the evaluation, subject, finding and duration metrics).</summary>
/// <remarks>Thread-safe: the logger and the instruments are.</remarks>
internal sealed class EvaluationTelemetry(ILogger logger, ComplianceRulesMetrics metrics)
{
    public void Evaluated(ActiveRuleSet ruleSet, BatchResult result, TimeSpan elapsed)
    {
        var revision = new KeyValuePair<string, object?>("revision", ruleSet.RevisionId);
        metrics.Evaluations.Add(1, revision, Outcome("ok"));
        metrics.Duration.Record(elapsed.TotalSeconds, revision, Outcome("ok"));
        var verdicts = new int[Enum.GetValues<Verdict>().Length];
        foreach (var assessment in result.Assessments)
        {
            verdicts[(int)assessment.Verdict]++;
            foreach (var finding in assessment.Violations.Concat(assessment.Bonuses))
            {
                metrics.Findings.Add(1, revision, new("indicator", finding.IndicatorId), new("kind", KindTag(finding.Kind)));
            }
        }

        foreach (var verdict in Enum.GetValues<Verdict>())
        {
            if (verdicts[(int)verdict] > 0)
            {
                metrics.Subjects.Add(verdicts[(int)verdict], revision, new("verdict", VerdictTag(verdict)));
            }
        }

        Log.Evaluated(
            logger,
            result.Assessments.Length,
            ruleSet.RevisionId,
            ruleSet.ContentHash,
            Iso(result.AsOf),
            verdicts[(int)Verdict.Pass],
            verdicts[(int)Verdict.Fail],
            verdicts[(int)Verdict.NotAssessed],
            verdicts[(int)Verdict.Excluded],
            (long)elapsed.TotalMilliseconds);
    }

    public void Failed(ActiveRuleSet ruleSet, FactBatch batch, LocalDate asOf, Exception exception, TimeSpan elapsed)
    {
        var revision = new KeyValuePair<string, object?>("revision", ruleSet.RevisionId);
        metrics.Evaluations.Add(1, revision, Outcome("error"));
        metrics.Duration.Record(elapsed.TotalSeconds, revision, Outcome("error"));
        Log.EvaluationFailed(logger, exception, batch.Subjects.Length, ruleSet.RevisionId, ruleSet.ContentHash, Iso(asOf));
    }

    private static KeyValuePair<string, object?> Outcome(string outcome) => new("outcome", outcome);

    private static string VerdictTag(Verdict verdict) => verdict switch
    {
        Verdict.Pass => "pass",
        Verdict.Fail => "fail",
        Verdict.NotAssessed => "not_assessed",
        Verdict.Excluded => "excluded",
        _ => verdict.ToString().ToLowerInvariant(),
    };

    private static string KindTag(IndicatorKind kind) => kind.ToString().ToLowerInvariant();

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
