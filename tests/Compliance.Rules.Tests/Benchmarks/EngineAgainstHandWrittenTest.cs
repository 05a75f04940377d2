using Compliance.Rules.Benchmarks.Baseline;
using Compliance.Rules.Benchmarks.Workload;
using Compliance.Rules.Results;
using NodaTime;
using NodaTime.Text;

namespace Compliance.Rules.Tests.Benchmarks;

/// <summary>
/// The benchmark's hand-written evaluator of the 30-indicator <c>national-bench</c> rule set is a differential oracle:
/// on seeded synthetic batches the engine must find exactly the same findings (indicator, subject, points, evidence
/// facts) and reach the same verdicts and totals.
/// </summary>
public class EngineAgainstHandWrittenTest
{
    private static readonly Lazy<CompiledRuleSet> Rules = new(() => RuleSet.LoadDirectory(
        Path.Combine(TestPaths.RepoRoot, "benchmarks", "Compliance.Rules.Benchmarks", "RuleSets", "national-bench")));

    /// <summary>Seeds and as-of dates: the benchmark date, and the first working days after the 2024 May Day, 2024 National Day and 2025 Spring Festival holidays.</summary>
    public static TheoryData<int, string> Batches => new()
    {
        { 1, "2024-06-28" },
        { 2, "2024-05-06" },
        { 3, "2024-10-08" },
        { 4, "2025-02-05" },
    };

    [Theory]
    [MemberData(nameof(Batches))]
    public void Evaluate_SeededBatch_FindsWhatTheHandWrittenEvaluatorFinds(int seed, string asOf)
    {
        // Arrange
        var shape = new BatchShape(200, 500, seed, LocalDatePattern.Iso.Parse(asOf).Value);
        var batch = SyntheticBatchGenerator.Generate(shape);
        var expected = new HandWrittenEvaluator(Rules.Value.Calendar).Evaluate(batch, shape.AsOf, 2);

        // Act
        var result = Rules.Value.Evaluate(batch, shape.AsOf, new EvaluationOptions { AssumeComplete = true });

        // Assert
        var findings = result.Assessments
            .SelectMany(a => a.Violations.Concat(a.Bonuses).Select(f => EngineFindings.ToBaseline(a.Subject, f).Key))
            .Order(StringComparer.Ordinal);
        findings.Should().Equal(expected.SelectMany(a => a.Findings).Select(f => f.Key).Order(StringComparer.Ordinal));
        result.Assessments.Select(a => (a.Subject.Id, a.Verdict == Verdict.Pass, a.Total))
            .Should().Equal(expected.Select(a => (a.SubjectId, a.Passed, a.Total)));
    }

    [Fact]
    public void Evaluate_SeededBatches_FireEveryIndicatorOfTheRuleSet()
    {
        // Arrange
        var batches = Batches.Select(row => new BatchShape(200, 500, (int)row[0], LocalDatePattern.Iso.Parse((string)row[1]).Value));

        // Act
        var fired = batches
            .SelectMany(shape => Rules.Value.Evaluate(SyntheticBatchGenerator.Generate(shape), shape.AsOf, new EvaluationOptions { AssumeComplete = true }).Assessments)
            .SelectMany(a => a.Violations.Concat(a.Bonuses))
            .Select(f => f.IndicatorId)
            .ToHashSet(StringComparer.Ordinal);

        // Assert
        Rules.Value.Revision.Indicators.Should().HaveCount(30);
        fired.Should().BeEquivalentTo(Rules.Value.Revision.Indicators.Select(i => i.Id));
    }

    [Fact]
    public void Generate_SameSeed_SameBatch()
    {
        // Arrange
        var shape = new BatchShape(20, 50, 7, new LocalDate(2024, 6, 28));

        // Act
        var first = SyntheticBatchGenerator.Generate(shape);
        var second = SyntheticBatchGenerator.Generate(shape);

        // Assert
        second.Subjects.Should().Equal(first.Subjects);
        second.Observations.Should().Equal(first.Observations);
        SyntheticBatchGenerator.Generate(shape with { Seed = 8 }).Observations.Should().NotEqual(first.Observations);
    }
}
