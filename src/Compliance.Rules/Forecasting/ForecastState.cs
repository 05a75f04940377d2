using System.Collections.Frozen;
using Compliance.Rules.Scoring;

namespace Compliance.Rules.Forecasting;

/// <summary>
/// What a forecast compares between two dates: the verdict and its cause, the deduction part, bonus and total, and which
/// findings are made — an indicator with its points, and for a per-fact indicator (<c>each</c>) the facts it fired on.
/// </summary>
/// <remarks>
/// Rendered texts are not compared: a reason that quotes the as-of date or a count of days ("截至6月29日已用4个工作日")
/// reads differently every day while nothing changes. Neither are the facts an aggregate lists as evidence: an account's
/// "no post in 14 days" is the same finding whichever posts are still in the window. Immutable and thread-safe.
/// </remarks>
internal sealed class ForecastState : IEquatable<ForecastState>
{
    private readonly FindingKey[] _findings;

    private ForecastState(Assessment assessment, FindingKey[] findings)
    {
        Assessment = assessment;
        _findings = findings;
    }

    /// <summary>Gets the assessment the state was read from.</summary>
    public Assessment Assessment { get; }

    /// <summary>Reads the state of an assessment.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="perFact">The ids of the indicators whose findings are told apart by the facts they fired on.</param>
    /// <returns>The state.</returns>
    public static ForecastState Of(Assessment assessment, FrozenSet<string> perFact)
    {
        var findings = new FindingKey[assessment.Violations.Length + assessment.Bonuses.Length];
        for (var i = 0; i < findings.Length; i++)
        {
            findings[i] = KeyOf(i < assessment.Violations.Length ? assessment.Violations[i] : assessment.Bonuses[i - assessment.Violations.Length], perFact);
        }

        Array.Sort(findings);
        return new ForecastState(assessment, findings);
    }

    /// <summary>Gets the key a finding is compared by.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="perFact">The ids of the per-fact indicators.</param>
    /// <returns>The indicator id and the points, and the facts for a per-fact indicator.</returns>
    public static FindingKey KeyOf(Finding finding, FrozenSet<string> perFact) => new(
        finding.IndicatorId,
        finding.Points,
        perFact.Contains(finding.IndicatorId) ? string.Join("\u0001", finding.Evidence.Facts.Select(f => f.GetType().Name + ":" + f.Id)) : null);

    /// <inheritdoc/>
    public bool Equals(ForecastState? other) =>
        other is not null
        && Assessment.Verdict == other.Assessment.Verdict
        && Assessment.FailureCause == other.Assessment.FailureCause
        && Assessment.DeductionScore == other.Assessment.DeductionScore
        && Assessment.Bonus == other.Assessment.Bonus
        && Assessment.Total == other.Assessment.Total
        && _findings.AsSpan().SequenceEqual(other._findings);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ForecastState);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Assessment.Verdict, Assessment.Total, _findings.Length);

    /// <summary>What a finding is compared by: its indicator, its points, and for a per-fact indicator its facts.</summary>
    /// <param name="IndicatorId">The indicator's id.</param>
    /// <param name="Points">The points (equal values compare equal whatever their scale).</param>
    /// <param name="Facts">The facts it fired on, for a per-fact indicator; <see langword="null"/> otherwise.</param>
    internal readonly record struct FindingKey(string IndicatorId, decimal Points, string? Facts) : IComparable<FindingKey>
    {
        /// <inheritdoc/>
        public int CompareTo(FindingKey other)
        {
            var byId = string.CompareOrdinal(IndicatorId, other.IndicatorId);
            if (byId != 0)
            {
                return byId;
            }

            var byPoints = Points.CompareTo(other.Points);
            return byPoints != 0 ? byPoints : string.CompareOrdinal(Facts, other.Facts);
        }
    }
}
