using System.Collections.Frozen;
using System.Collections.Immutable;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Facts;
using Compliance.Rules.Results;

namespace Compliance.Rules.Evaluation;

/// <summary>
/// Which indicators of a revision a batch can assess: those whose observation types were all observed. The others are
/// not assessed, their firings are discarded (a rule over facts that were never collected would turn the absence into a
/// violation), and every subject they apply to gets a <see cref="NotAssessedIndicator"/> for each.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class CoveragePlan
{
    private CoveragePlan(DataCoverage coverage, FrozenDictionary<string, NotAssessedIndicator> skipped)
    {
        Coverage = coverage;
        Skipped = skipped;
    }

    /// <summary>Gets the coverage to report.</summary>
    public DataCoverage Coverage { get; }

    /// <summary>Gets the indicators not assessed, by id, with the entry a subject gets for each.</summary>
    public FrozenDictionary<string, NotAssessedIndicator> Skipped { get; }

    /// <summary>Plans the coverage of a batch.</summary>
    /// <param name="revision">The revision.</param>
    /// <param name="batch">The batch.</param>
    /// <param name="assumeComplete">Whether to read the batch in a closed world (every type observed).</param>
    /// <returns>The plan.</returns>
    public static CoveragePlan For(RuleRevision revision, FactBatch batch, bool assumeComplete)
    {
        if (assumeComplete)
        {
            return new CoveragePlan(DataCoverage.Complete, FrozenDictionary<string, NotAssessedIndicator>.Empty);
        }

        var observed = batch.ObservedTypes.ToHashSet(StringComparer.Ordinal);
        var skipped = new Dictionary<string, NotAssessedIndicator>(StringComparer.Ordinal);
        var missing = new Dictionary<string, (FactTypeInfo Type, List<string> Indicators)>(StringComparer.Ordinal);
        foreach (var indicator in revision.Indicators.Where(i => i.Enabled))
        {
            var absent = IndicatorNeeds.FactTypes(indicator).Where(t => !observed.Contains(t.Name)).ToList();
            if (absent.Count == 0)
            {
                continue;
            }

            foreach (var type in absent)
            {
                if (!missing.TryGetValue(type.Name, out var entry))
                {
                    entry = (type, []);
                    missing.Add(type.Name, entry);
                }

                entry.Indicators.Add(indicator.Id);
            }

            skipped[indicator.Id] = new NotAssessedIndicator(
                indicator.Id,
                indicator.Name,
                indicator.Kind,
                [.. absent.Select(t => t.Name)],
                ResultText.MissingData(absent.Select(t => t.Label)));
        }

        var coverage = new DataCoverage(
            false,
            batch.ObservedTypes,
            [.. missing.Values.OrderBy(m => m.Type.Name, StringComparer.Ordinal).Select(m => new MissingData(m.Type.Name, m.Type.Label, [.. m.Indicators]))]);
        return new CoveragePlan(coverage, skipped.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
