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
    private readonly string[] _findings;

    private ForecastState(Assessment assessment, string[] findings)
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
    public static ForecastState Of(Assessment assessment, FrozenSet<string> perFact) =>
        new(assessment, [.. assessment.Violations.Concat(assessment.Bonuses).Select(f => KeyOf(f, perFact)).Order(StringComparer.Ordinal)]);

    /// <summary>Gets the key a finding is compared by.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="perFact">The ids of the per-fact indicators.</param>
    /// <returns>The indicator id and the points, followed by the facts for a per-fact indicator.</returns>
    public static string KeyOf(Finding finding, FrozenSet<string> perFact)
    {
        var key = finding.IndicatorId + "\u0001" + finding.Points.ToString("0.##########", System.Globalization.CultureInfo.InvariantCulture);
        return perFact.Contains(finding.IndicatorId)
            ? key + "\u0001" + string.Join("\u0001", finding.Evidence.Facts.Select(f => f.GetType().Name + ":" + f.Id))
            : key;
    }

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
}
