using System.Collections.Frozen;
using System.Collections.Immutable;
using Compliance.Rules.Results;

namespace Compliance.Rules.Forecasting;

/// <summary>
/// What a forecast compares between two dates: the verdict and its cause, the deduction part, bonus and total, and which
/// findings are made (violations, bonuses and notices) — an indicator or sub-rule with its points, and for a per-fact one
/// (<c>each</c>) the facts it fired on.
/// </summary>
/// <remarks>
/// Rendered texts are not compared: a reason that quotes the as-of date or a count of days ("截至6月29日已用4个工作日")
/// reads differently every day while nothing changes. Neither are the facts an aggregate lists as evidence: an account's
/// "no post in 14 days" is the same finding whichever posts are still in the window. A notice (<c>kind: notice</c>) that
/// starts or stops is a change of the findings, though never of the verdict or the scores. Immutable and thread-safe.
/// </remarks>
internal sealed class ForecastState : IEquatable<ForecastState>
{
    // The findings by key, equal keys in the order the assessment lists them (violations, bonuses, notices).
    private readonly Entry[] _entries;

    private ForecastState(Assessment assessment, Entry[] entries)
    {
        Assessment = assessment;
        _entries = entries;
    }

    /// <summary>Gets the assessment the state was read from.</summary>
    public Assessment Assessment { get; }

    /// <summary>Reads the state of an assessment.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="perFact">The indicators and sub-rules whose findings are told apart by the facts they fired on.</param>
    /// <returns>The state.</returns>
    public static ForecastState Of(Assessment assessment, FrozenSet<(string IndicatorId, string? Rule)> perFact)
    {
        var count = assessment.Violations.Length + assessment.Bonuses.Length + assessment.Notices.Length;
        var entries = count == 0 ? [] : new Entry[count];
        var position = 0;
        foreach (var list in (ReadOnlySpan<ImmutableArray<Finding>>)[assessment.Violations, assessment.Bonuses, assessment.Notices])
        {
            foreach (var finding in list)
            {
                entries[position] = new Entry(KeyOf(finding, perFact), position, finding);
                position++;
            }
        }

        Array.Sort(entries, static (a, b) => a.CompareTo(b));
        return new ForecastState(assessment, entries);
    }

    /// <summary>Gets every finding of an assessment: its violations, bonuses and notices.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The findings.</returns>
    public static IEnumerable<Finding> FindingsOf(Assessment assessment) => assessment.Violations.Concat(assessment.Bonuses).Concat(assessment.Notices);

    /// <summary>Gets the key a finding is compared by.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="perFact">The per-fact indicators and sub-rules.</param>
    /// <returns>The indicator id, the sub-rule and the points, and the facts for a per-fact indicator or sub-rule.</returns>
    public static FindingKey KeyOf(Finding finding, FrozenSet<(string IndicatorId, string? Rule)> perFact) => new(
        finding.IndicatorId,
        finding.Rule,
        finding.Points,
        perFact.Contains((finding.IndicatorId, finding.Rule)) ? finding.Evidence.Facts : []);

    /// <summary>
    /// Gets the findings one state makes and another does not, compared as multisets by key: when a key is made more often
    /// afterwards, the later findings with it are the ones that start.
    /// </summary>
    /// <param name="before">The state before.</param>
    /// <param name="after">The state after.</param>
    /// <returns>The findings that start and those that stop, each in its assessment's order.</returns>
    public static (ImmutableArray<Finding> Started, ImmutableArray<Finding> Stopped) Delta(ForecastState before, ForecastState after)
    {
        // The most frequent changes, from no finding to some and from some to none, give all the findings of one side, in
        // its own order: its arrays are kept rather than copied (a national forecast keeps 100,000 changes to the end).
        if (before._entries.Length == 0)
        {
            return (AllOf(after.Assessment), []);
        }

        if (after._entries.Length == 0)
        {
            return ([], AllOf(before.Assessment));
        }

        var stopped = new List<Entry>();
        var started = new List<Entry>();
        Merge(before._entries, after._entries, stopped, started);
        return (InOrder(started), InOrder(stopped));
    }

    // The findings of an assessment in the order it lists them: violations, bonuses, notices.
    private static ImmutableArray<Finding> AllOf(Assessment assessment) =>
        assessment.Bonuses.IsEmpty && assessment.Notices.IsEmpty ? assessment.Violations
        : assessment.Violations.IsEmpty && assessment.Notices.IsEmpty ? assessment.Bonuses
        : [.. FindingsOf(assessment)];

    // Walks two lists of entries sorted by key, as multisets: the entries only the first has, and those only the second has.
    private static void Merge(Entry[] first, Entry[] second, List<Entry> onlyFirst, List<Entry> onlySecond)
    {
        int f = 0, s = 0;
        while (f < first.Length || s < second.Length)
        {
            var order = f == first.Length ? 1 : s == second.Length ? -1 : first[f].Key.CompareTo(second[s].Key);
            if (order == 0)
            {
                f++;
                s++;
            }
            else if (order < 0)
            {
                onlyFirst.Add(first[f++]);
            }
            else
            {
                onlySecond.Add(second[s++]);
            }
        }
    }

    /// <inheritdoc/>
    public bool Equals(ForecastState? other)
    {
        if (other is null
            || Assessment.Verdict != other.Assessment.Verdict
            || Assessment.FailureCause != other.Assessment.FailureCause
            || Assessment.DeductionScore != other.Assessment.DeductionScore
            || Assessment.Bonus != other.Assessment.Bonus
            || Assessment.Total != other.Assessment.Total
            || _entries.Length != other._entries.Length)
        {
            return false;
        }

        for (var i = 0; i < _entries.Length; i++)
        {
            if (!_entries[i].Key.Equals(other._entries[i].Key))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ForecastState);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Assessment.Verdict, Assessment.Total, _entries.Length);

    private static ImmutableArray<Finding> InOrder(List<Entry> entries)
    {
        if (entries.Count == 0)
        {
            return [];
        }

        entries.Sort(static (x, y) => x.Position.CompareTo(y.Position));
        var findings = ImmutableArray.CreateBuilder<Finding>(entries.Count);
        foreach (var entry in entries)
        {
            findings.Add(entry.Finding);
        }

        return findings.MoveToImmutable();
    }

    /// <summary>A finding with its key and its position in the assessment.</summary>
    /// <param name="Key">Its key.</param>
    /// <param name="Position">Its position among the assessment's violations, bonuses and notices.</param>
    /// <param name="Finding">The finding.</param>
    private readonly record struct Entry(FindingKey Key, int Position, Finding Finding)
    {
        public int CompareTo(Entry other)
        {
            var order = Key.CompareTo(other.Key);
            return order != 0 ? order : Position.CompareTo(other.Position);
        }
    }
}
