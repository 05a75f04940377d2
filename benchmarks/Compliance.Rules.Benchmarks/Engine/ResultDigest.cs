using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Compliance.Rules.Forecasting;
using Compliance.Rules.Results;

namespace Compliance.Rules.Benchmarks.Engine;

/// <summary>
/// A SHA-256 of everything an evaluation says about its subjects: verdicts, causes, scores, score lines, and every
/// finding with its rule, kind, points, reason, detail, evidence (facts and measured values) and warnings, in order.
/// Two evaluations with the same digest gave the same results, so a change to the engine can be checked on the
/// national batch by comparing the digests printed before and after it.
/// </summary>
public static class ResultDigest
{
    /// <summary>Computes the digest of a result.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The digest, as lower-case hex.</returns>
    public static string Of(BatchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var assessment in result.Assessments)
        {
            AddAssessment(hash, assessment);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// Computes the digest of a forecast: the result at its as-of date, every subject's changes (date, the assessment
    /// after it, the findings that start and stop), every warning (its text, days, and whether it is due) and every pending
    /// message, in order; so a change to the forecast can be checked on the national batch like one to the engine.
    /// </summary>
    /// <param name="forecast">The forecast.</param>
    /// <returns>The digest, as lower-case hex.</returns>
    public static string Of(ForecastResult forecast)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, Of(forecast.Current));
        foreach (var subject in forecast.Subjects)
        {
            Add(hash, subject.Subject.Id);
            foreach (var change in subject.Changes)
            {
                Add(hash, change.Date);
                AddAssessment(hash, change.After);
                foreach (var finding in change.Started.Concat(change.Stopped))
                {
                    Add(hash, finding.IndicatorId);
                    Add(hash, finding.Rule);
                    Add(hash, finding.Points);
                }
            }
        }

        foreach (var warning in forecast.Warnings)
        {
            Add(hash, warning.Change.After.Subject.Id);
            Add(hash, warning.Event);
            Add(hash, warning.Text);
            Add(hash, warning.Days);
            Add(hash, warning.WorkingDays);
            Add(hash, warning.IsDue);
        }

        foreach (var message in forecast.PendingMessages)
        {
            Add(hash, message.Message.Id);
            Add(hash, message.IndicatorId);
            Add(hash, message.Deadline);
            Add(hash, message.OverdueFrom);
            Add(hash, message.WorkingDaysLeft);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Add(IncrementalHash hash, object? value) =>
        hash.AppendData(Encoding.UTF8.GetBytes(Convert.ToString(value, CultureInfo.InvariantCulture) + "\u001F"));

    private static void AddAssessment(IncrementalHash hash, Assessment assessment)
    {
        void Add(object? value) => ResultDigest.Add(hash, value);
        Add(assessment.Subject.Id);
        Add(assessment.Verdict);
        Add(assessment.FailureCause);
        Add(assessment.DeductionScore);
        Add(assessment.Bonus);
        Add(assessment.Total);
        Add(assessment.VerdictNote);
        foreach (var line in assessment.ScoreLines)
        {
            Add(line);
        }

        foreach (var finding in assessment.Violations.Concat(assessment.Bonuses).Concat(assessment.Notices))
        {
            Add(finding.IndicatorId);
            Add(finding.Rule);
            Add(finding.Kind);
            Add(finding.Points);
            Add(finding.Reason);
            Add(finding.Detail);
            foreach (var fact in finding.Evidence.Facts)
            {
                Add(fact.Id);
            }

            foreach (var (name, value) in finding.Evidence.Values)
            {
                Add(name);
                Add(value);
            }

            foreach (var warning in finding.Warnings)
            {
                Add(warning);
            }
        }

        foreach (var missing in assessment.NotAssessed)
        {
            Add(missing.IndicatorId);
        }

        Add("\u001E");
    }
}
