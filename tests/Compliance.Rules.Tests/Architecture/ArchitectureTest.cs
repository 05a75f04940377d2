namespace Compliance.Rules.Tests.Architecture;

/// <summary>
/// The arrows between the library's stages run one way (<see cref="Stages"/>), read from the compiled assembly: a
/// stage that starts using a later one — Scoring calling into Compilation, Results holding an Authoring type, Facts
/// reaching into Authoring, Reporting into Compilation — fails here with the two types named.
/// </summary>
public class ArchitectureTest
{
    private static readonly Lazy<IReadOnlySet<(string From, string To)>> Library =
        new(() => TypeDependencies.Read(typeof(RuleSet).Assembly.Location));

    [Fact]
    public void Library_EveryTypeBelongsToAStageOfTheTable()
    {
        var types = Library.Value.SelectMany(d => new[] { d.From, d.To }).Distinct();

        var unplaced = types.Where(t => Stages.Of(t) is not { } stage || !Stages.Allowed.ContainsKey(stage)).Order(StringComparer.Ordinal);

        unplaced.Should().BeEmpty("every namespace of the library, and every type of its root namespace, belongs to a stage of Stages");
    }

    [Fact]
    public void Library_ArrowsRunOneWay()
    {
        var backward = Stages.BackwardArrows(Library.Value).ToList();

        backward.Should().BeEmpty("a stage uses only the stages Stages.Allowed gives it");
    }

    [Fact]
    public void KnownBackwardArrows_StillExist()
    {
        var gone = Stages.KnownBackwardArrows
            .Where(k => !Library.Value.Any(d => Stages.Of(d.From) == k.From && d.To == k.To))
            .Select(k => $"{k.From} → {k.To}");

        gone.Should().BeEmpty("a known backward arrow that no longer exists is taken off the list, so that it cannot come back unseen");
    }

    [Theory]
    [InlineData("Scoring.Scorer", "Compilation.PredicateCompiler")]
    [InlineData("Results.Finding", "Authoring.Model.Indicator")]
    [InlineData("Results.Assessment", "Evaluation.BatchEvaluator")]
    [InlineData("Facts.FactBatch", "Authoring.Model.RuleRevision")]
    [InlineData("Reporting.BatchReport", "Compilation.EvaluationScope")]
    [InlineData("Compilation.RuleSetCompiler", "Evaluation.BatchEvaluator")]
    [InlineData("Compilation.IndicatorPlan", "Scoring.Scorer")]
    [InlineData("Evaluation.PlausibilityCheck", "RuleSet")]
    [InlineData("Diagnostics.Diagnostic", "Reporting.MarkdownReportWriter")]
    [InlineData("Facts.Input.CsvParser", "Authoring.Parsing.ConditionParser")]
    [InlineData("Facts.Input.FactValueReader", "Authoring.Parsing.ValueParser")]
    [InlineData("Facts.Values.FieldCodec", "Facts.Input.FactValueReader")]
    [InlineData("Authoring.Grammar.RuleGrammar", "Results.Verdict")]
    public void BackwardArrows_AUseOfALaterStage_IsReported(string from, string to)
    {
        var backward = Stages.BackwardArrows([(Full(from), Full(to))]);

        backward.Should().ContainSingle().Which.Should().StartWith($"{Full(from)} → {Full(to)}");
    }

    [Theory]
    [InlineData("Evaluation.BatchEvaluator", "Scoring.Scorer")]
    [InlineData("Evaluation.BatchEvaluator", "Compilation.SessionPlan")]
    [InlineData("Compilation.IndicatorPlan", "Results.Finding")]
    [InlineData("Scoring.Scorer", "Results.Assessment")]
    [InlineData("Results.Finding", "IndicatorKind")]
    [InlineData("Authoring.Model.Indicator", "IndicatorKind")]
    [InlineData("Reporting.BatchReport", "Results.BatchResult")]
    [InlineData("RuleSet", "Compilation.RuleSetCompiler")]
    [InlineData("Reporting.JsonReportWriter", "Facts.Values.FactValues")]
    [InlineData("Authoring.Parsing.ValueParser", "Facts.Values.FieldCodec")]
    [InlineData("Facts.Input.FactValueReader", "Facts.Values.FieldCodec")]
    public void BackwardArrows_AUseOfAnEarlierStageOrAKnownArrow_IsNotReported(string from, string to)
    {
        Stages.BackwardArrows([(Full(from), Full(to))]).Should().BeEmpty();
    }

    [Fact]
    public void BackwardArrows_TheKnownArrowsOwnStageToAnotherTypeOfThatStage_IsReported()
    {
        var backward = Stages.BackwardArrows([(Full("Reporting.CsvReportWriter"), Full("Facts.Input.CsvParser"))]);

        backward.Should().ContainSingle("a known arrow names one type, so another use of its stage is still reported");
    }

    private static string Full(string name) => Stages.Root + "." + name;
}
