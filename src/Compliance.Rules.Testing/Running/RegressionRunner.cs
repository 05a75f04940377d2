using System.Collections.Immutable;
using Compliance.Rules.Calendar;
using Compliance.Rules.Facts;
using Compliance.Rules.Forecasting;
using Compliance.Rules.Impact;
using Compliance.Rules.Results;
using Compliance.Rules.Labels;

namespace Compliance.Rules.Testing;

/// <summary>
/// Runs regression cases against a compiled rule set and compares each subject's assessment with the case's
/// expectations: verdict, violated indicator ids (as an exact set), and, where the case gives them, failure cause, bonus
/// ids, deduction part, bonus part, total and rendered reasons.
/// </summary>
/// <remarks>This type is thread-safe.</remarks>
public static class RegressionRunner
{
    /// <summary>Runs every case of a suite, in order.</summary>
    /// <param name="rules">The compiled rule set.</param>
    /// <param name="suite">The cases.</param>
    /// <returns>One result per case.</returns>
    public static ImmutableArray<CaseResult> Run(CompiledRuleSet rules, RegressionSuite suite)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(suite);
        return [.. suite.Cases.Select(c => Run(rules, c))];
    }

    /// <summary>Runs one case.</summary>
    /// <param name="rules">The compiled rule set.</param>
    /// <param name="regressionCase">The case.</param>
    /// <returns>The result: passed, or every mismatch.</returns>
    public static CaseResult Run(CompiledRuleSet rules, RegressionCase regressionCase)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(regressionCase);
        BatchResult result;
        try
        {
            result = rules.Evaluate(regressionCase.Facts, regressionCase.AsOf, new EvaluationOptions { AssumeComplete = regressionCase.AssumeComplete });
        }
        catch (ArgumentOutOfRangeException ex)
        {
            return new CaseResult(regressionCase, [new CaseMismatch(null, "evaluation", "a result", "error: " + ex.Message)]);
        }

        var mismatches = ImmutableArray.CreateBuilder<CaseMismatch>();
        foreach (var expectation in regressionCase.Expectations)
        {
            var assessment = result.Assessments.Single(a => a.Subject.Id == expectation.SubjectId);
            Compare(expectation, assessment, mismatches);
        }

        if (regressionCase.Impact is { } impact)
        {
            CompareImpact(regressionCase, impact, result, mismatches);
        }

        if (regressionCase.Warnings is { } warnings)
        {
            CompareWarnings(rules, regressionCase, warnings, mismatches);
        }

        return new CaseResult(regressionCase, mismatches.ToImmutable());
    }

    // The base is evaluated on the case's facts like the revision; the revision's own result is reused.
    private static void CompareImpact(RegressionCase regressionCase, ExpectedImpact expected, BatchResult after, ImmutableArray<CaseMismatch>.Builder mismatches)
    {
        var loaded = RuleSet.TryLoad(expected.BaseReference);
        if (!loaded.TryGetValue(out var baseline))
        {
            mismatches.Add(new CaseMismatch(null, "impact", $"the base '{expected.Base}'", "error: " + string.Join("; ", loaded.Errors.Select(e => e.Message))));
            return;
        }

        BatchResult before;
        try
        {
            before = baseline.Evaluate(regressionCase.Facts, regressionCase.AsOf, new EvaluationOptions { AssumeComplete = regressionCase.AssumeComplete });
        }
        catch (ArgumentOutOfRangeException ex)
        {
            mismatches.Add(new CaseMismatch(null, "impact", "a result of the base", "error: " + ex.Message));
            return;
        }

        var impact = ImpactAnalysis.Of(before, after, []);
        ImmutableArray<string> Ids(ImpactChange change) => [.. impact.Subjects.Where(s => s.Change == change).Select(s => s.Subject.Id).Order(StringComparer.Ordinal)];
        var failing = Ids(ImpactChange.NewlyFailing);
        var passing = Ids(ImpactChange.NewlyPassing);
        if (!failing.SequenceEqual(expected.NewlyFailing))
        {
            mismatches.Add(new CaseMismatch(null, $"impact newly_failing against {expected.Base}", List(expected.NewlyFailing), List(failing)));
        }

        if (!passing.SequenceEqual(expected.NewlyPassing))
        {
            mismatches.Add(new CaseMismatch(null, $"impact newly_passing against {expected.Base}", List(expected.NewlyPassing), List(passing)));
        }

        var others = impact.Subjects
            .Where(s => s.Change is not (ImpactChange.Unchanged or ImpactChange.NotAssessedInEither or ImpactChange.NewlyFailing or ImpactChange.NewlyPassing))
            .Select(s => $"{s.Subject.Id} ({ImpactChangeText(s.Change)})")
            .ToList();
        if (others.Count > 0)
        {
            mismatches.Add(new CaseMismatch(null, $"impact on the other subjects against {expected.Base}", "unchanged", List(others)));
        }
    }

    // The warnings due at the as-of date, or with forecast_days every warning within that many days; compared as a set of
    // (subject, indicator, date), and by text where the case gives one.
    private static void CompareWarnings(CompiledRuleSet rules, RegressionCase regressionCase, ImmutableArray<ExpectedWarning> expected, ImmutableArray<CaseMismatch>.Builder mismatches)
    {
        var options = new EvaluationOptions { AssumeComplete = regressionCase.AssumeComplete };
        ForecastResult forecast;
        try
        {
            forecast = regressionCase.ForecastDays is { } days
                ? ForecastAnalysis.Run(rules, regressionCase.Facts, regressionCase.AsOf, days, options)
                : ForecastAnalysis.RunToWarnAhead(rules, regressionCase.Facts, regressionCase.AsOf, options);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            mismatches.Add(new CaseMismatch(null, "warnings", "a forecast", "error: " + ex.Message));
            return;
        }

        var actual = (regressionCase.ForecastDays is null ? forecast.DueWarnings : forecast.Warnings)
            .Select(w => (Key: ExpectedWarning.KeyOf(w.Subject.Id, w.IndicatorId, w.Date), w.Text))
            .ToList();
        var aspect = regressionCase.ForecastDays is { } within ? $"warnings within {within} days" : "warnings";
        var expectedKeys = expected.Select(w => w.Key).Order(StringComparer.Ordinal).ToList();
        var actualKeys = actual.Select(w => w.Key).Order(StringComparer.Ordinal).ToList();
        if (!expectedKeys.SequenceEqual(actualKeys))
        {
            mismatches.Add(new CaseMismatch(null, aspect, List(expectedKeys), List(actualKeys)));
        }

        foreach (var warning in expected.Where(w => w.Text is not null))
        {
            var texts = actual.Where(a => a.Key == warning.Key).Select(a => a.Text).ToList();
            if (texts.Count > 0 && !texts.Contains(warning.Text!))
            {
                mismatches.Add(new CaseMismatch(warning.SubjectId, $"warning text of {warning.Key}", $"\"{warning.Text}\"", string.Join(" | ", texts.Select(t => $"\"{t}\""))));
            }
        }
    }

    private static string ImpactChangeText(ImpactChange change) => Reporting.ImpactJsonWriter.Change(change);

    private static void Compare(SubjectExpectation expected, Assessment actual, ImmutableArray<CaseMismatch>.Builder mismatches)
    {
        var subject = expected.SubjectId;
        void Check(bool same, string aspect, string expectedText, string actualText)
        {
            if (!same)
            {
                mismatches.Add(new CaseMismatch(subject, aspect, expectedText, actualText));
            }
        }

        Check(expected.Verdict == actual.Verdict, "verdict", EnumVocabulary.LabelOf(expected.Verdict), EnumVocabulary.LabelOf(actual.Verdict));
        if (expected.FailureCause is { } cause)
        {
            Check(cause == actual.FailureCause, "failure_cause", EnumVocabulary.LabelOf(cause), EnumVocabulary.LabelOf(actual.FailureCause));
        }

        var violations = Ids(actual.Violations);
        Check(violations.SequenceEqual(expected.Violations), "violations", List(expected.Violations), List(violations));
        if (expected.Bonuses is { } bonusIds)
        {
            var bonuses = Ids(actual.Bonuses);
            Check(bonuses.SequenceEqual(bonusIds), "bonuses", List(bonusIds), List(bonuses));
        }

        if (expected.Notices is { } noticeIds)
        {
            var notices = Ids(actual.Notices);
            Check(notices.SequenceEqual(noticeIds), "notices", List(noticeIds), List(notices));
        }

        foreach (var (aspect, score, value) in new[]
        {
            ("deduction_score", expected.DeductionScore, actual.DeductionScore),
            ("bonus", expected.Bonus, actual.Bonus),
            ("total", expected.Total, actual.Total),
        })
        {
            if (score is not null)
            {
                Check(score.Matches(value), aspect, score.ToString(), ExpectedScore.Format(value));
            }
        }

        if (expected.NotAssessed is { } notAssessedIds)
        {
            ImmutableArray<string> notAssessed = [.. actual.NotAssessed.Select(n => n.IndicatorId).Order(StringComparer.Ordinal)];
            Check(notAssessed.SequenceEqual(notAssessedIds), "not_assessed", List(notAssessedIds), List(notAssessed));
        }

        foreach (var reason in expected.Reasons)
        {
            var findings = actual.Violations.Concat(actual.Bonuses).Concat(actual.Notices).Where(f => f.IndicatorId == reason.IndicatorId).ToList();
            var found = findings.Any(f => f.Reason == reason.Reason && (reason.Detail is null || f.Detail == reason.Detail));
            var actualText = findings.Count == 0
                ? "no finding"
                : string.Join(" | ", findings.Select(f => Describe(f.Reason, reason.Detail is null ? null : f.Detail ?? string.Empty)));
            Check(found, $"reason of {reason.IndicatorId}", Describe(reason.Reason, reason.Detail), actualText);
        }
    }

    private static ImmutableArray<string> Ids(IEnumerable<Finding> findings) =>
        [.. findings.Select(f => f.IndicatorId).Distinct().Order(StringComparer.Ordinal)];

    private static string List(IEnumerable<string> ids) => "[" + string.Join(", ", ids) + "]";

    private static string Describe(string reason, string? detail) => detail is null ? $"\"{reason}\"" : $"\"{reason}\" / \"{detail}\"";
}
