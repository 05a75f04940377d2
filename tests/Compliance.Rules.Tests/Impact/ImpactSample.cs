using Compliance.Rules.Facts;
using Compliance.Rules.Impact;
using Compliance.Rules.Tests.Xjbt;
using NodaTime;
using FactsReader = Compliance.Rules.Facts.Input.FactsInput;

namespace Compliance.Rules.Tests.Impact;

/// <summary>The example: the bundled 2024 Q2 sample under xjbt-2024 and its 7-day overlay, at 2024-06-27.</summary>
internal static class ImpactSample
{
    public static readonly LocalDate AsOf = new(2024, 6, 27);

    public static string Candidate => Path.Combine(TestPaths.Rules, "xjbt-2024", "samples", "impact-nm7");

    public static readonly Lazy<CompiledRuleSet> Baseline = new(() => RuleSet.BuiltIn("xjbt-2024"));

    public static readonly Lazy<CompiledRuleSet> Nm7 = new(() => RuleSet.LoadDirectory(Candidate));

    public static readonly Lazy<FactBatch> Batch = new(() => FactsReader.Read(Xjbt2024Q2SampleTest.Folder).GetValueOrThrow());

    public static readonly Lazy<ImpactResult> Result = new(() => ImpactAnalysis.Compare(Baseline.Value, Nm7.Value, Batch.Value, AsOf));

    /// <summary>
    /// The active accounts whose latest post is 8 to 14 days before the as-of date (2024-06-13 … 2024-06-19), read from
    /// the CSV files with plain string handling, not with the library.
    /// </summary>
    public static SortedSet<string> AccountsLastPosting8To14DaysBefore()
    {
        var asOf = new DateTime(2024, 6, 27);
        return new SortedSet<string>(
            SampleAccounts.LastPostsOfActiveAccounts().Where(p => (asOf - p.Value).Days is >= 8 and <= 14).Select(p => p.Key),
            StringComparer.Ordinal);
    }
}
