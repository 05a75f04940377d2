using System.Globalization;
using System.Security.Cryptography;
using System.Text;
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
        void Add(object? value) => hash.AppendData(Encoding.UTF8.GetBytes(Convert.ToString(value, CultureInfo.InvariantCulture) + "\u001F"));
        foreach (var assessment in result.Assessments)
        {
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

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
