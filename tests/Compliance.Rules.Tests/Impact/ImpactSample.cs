using System.Globalization;
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
        var folder = Xjbt2024Q2SampleTest.Folder;
        var active = File.ReadAllLines(Path.Combine(folder, "new_media.csv")).Skip(1)
            .Select(line => line.Split(','))
            .Where(cells => cells[5] == "正常")
            .Select(cells => cells[0])
            .ToHashSet(StringComparer.Ordinal);
        var latest = File.ReadAllLines(Path.Combine(folder, "publications.csv")).Skip(1)
            .Select(line => line.Split(','))
            .GroupBy(cells => cells[1], cells => DateTime.ParseExact(cells[2], "yyyy-MM-dd", CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => g.Max());
        var asOf = new DateTime(2024, 6, 27);
        return new SortedSet<string>(
            active.Where(id => latest.TryGetValue(id, out var last) && (asOf - last).Days is >= 8 and <= 14),
            StringComparer.Ordinal);
    }
}
