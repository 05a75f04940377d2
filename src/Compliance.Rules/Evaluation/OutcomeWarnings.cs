using System.Collections.Immutable;
using System.Globalization;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;
using Compliance.Rules.Results;

namespace Compliance.Rules.Evaluation;

/// <summary>
/// The warnings that sum up what an evaluation could not do: subjects not assessed or excluded, indicators left
/// unassessed by missing data, findings resting on uncertain calendar days.
/// </summary>
internal static class OutcomeWarnings
{
    private const int Named = 5;

    /// <summary>Words the warnings of a finished evaluation.</summary>
    /// <param name="revision">The revision.</param>
    /// <param name="results">The results.</param>
    /// <param name="coverage">The coverage.</param>
    /// <returns>The warnings, possibly none.</returns>
    public static IEnumerable<Diagnostic> Of(RuleRevision revision, ImmutableArray<Assessment> results, DataCoverage coverage)
    {
        var where = SourceLocation.OfFile("evaluation");
        foreach (var missing in coverage.Missing)
        {
            yield return Diagnostic.Create(
                DiagnosticCodes.MissingData,
                $"the batch has no {missing.FactType} facts ({missing.Label}) and does not declare them observed, so {missing.IndicatorIds.Length} indicator(s) were not assessed: {string.Join(", ", missing.IndicatorIds)}",
                where);
        }

        var assessedKinds = revision.Indicators.Where(i => i.Enabled).Select(i => i.SubjectKind).ToHashSet();
        foreach (var kind in results.Select(a => a.Subject.Kind).Distinct().Where(k => !assessedKinds.Contains(k)).Order())
        {
            var count = results.Count(a => a.Subject.Kind == kind);
            yield return Diagnostic.Create(
                DiagnosticCodes.KindNotAssessed,
                string.Create(CultureInfo.InvariantCulture, $"revision '{revision.Id}' has no indicators for {FactCatalog.NameOf(kind)}: its {count} subject(s) of that kind are reported as not assessed, not as passed"),
                where);
        }

        var notAssessed = results.Where(a => a.Verdict == Verdict.NotAssessed && assessedKinds.Contains(a.Subject.Kind)).ToList();
        if (notAssessed.Count > 0)
        {
            yield return Diagnostic.Create(
                DiagnosticCodes.SubjectNotAssessed,
                Count(notAssessed.Count, "subject(s) could not be assessed", notAssessed),
                where);
        }

        var excluded = results.Where(a => a.Verdict == Verdict.Excluded).ToList();
        if (excluded.Count > 0)
        {
            yield return Diagnostic.Create(
                DiagnosticCodes.SubjectsExcluded,
                Count(excluded.Count, $"subject(s) are not inspected under revision '{revision.Id}' (not_checked) and are not counted", excluded),
                where);
        }

        var uncertain = results.SelectMany(a => a.Violations.Concat(a.Bonuses).Concat(a.Notices)).Count(f => !f.Warnings.IsDefaultOrEmpty);
        if (uncertain > 0)
        {
            yield return Diagnostic.Create(
                DiagnosticCodes.UncertainCalendar,
                string.Create(CultureInfo.InvariantCulture, $"{uncertain} finding(s) counted working days across calendar days of less than high confidence or regional festivals whose dates are not recorded; the reports mark them"),
                where);
        }
    }

    private static string Count(int count, string what, IReadOnlyList<Assessment> examples)
    {
        var named = string.Join("; ", examples.Take(Named).Select(a => $"{a.Subject.Id} ({a.VerdictNote})"));
        var more = examples.Count > Named ? string.Create(CultureInfo.InvariantCulture, $"; and {examples.Count - Named} more") : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{count} {what}: {named}{more}");
    }
}
