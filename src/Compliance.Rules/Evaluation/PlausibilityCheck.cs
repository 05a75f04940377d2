using System.Collections.Immutable;
using System.Globalization;
using Compliance.Rules.Authoring.Loading;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;
using NodaTime;
using NodaTime.Text;

namespace Compliance.Rules.Evaluation;

/// <summary>
/// Warnings about an evaluation that is possible but probably not what was meant: an as-of date before the revision took
/// effect, and facts dated after the as-of date.
/// </summary>
internal static class PlausibilityCheck
{
    private const string National = "national";

    /// <summary>Checks an evaluation before it runs.</summary>
    /// <param name="revision">The revision.</param>
    /// <param name="batch">The batch.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The warnings, possibly none.</returns>
    public static ImmutableArray<Diagnostic> Check(RuleRevision revision, FactBatch batch, LocalDate asOf)
    {
        var warnings = ImmutableArray.CreateBuilder<Diagnostic>();
        var where = SourceLocation.OfFile("as-of " + Iso(asOf));
        if (asOf < revision.EffectiveFrom)
        {
            var kinds = batch.Subjects.Select(s => s.Kind).Distinct().Order().ToList();
            var jurisdictions = revision.Jurisdiction == National ? [National] : new[] { revision.Jurisdiction, National };
            var inForce = jurisdictions
                .SelectMany(j => kinds.Select(k => (Jurisdiction: j, Kind: k, Revision: BuiltInRevisions.InForce(asOf, j, k))))
                .Select(x => x.Revision.TryGetValue(out var r)
                    ? $"{x.Jurisdiction} {FactCatalog.NameOf(x.Kind)}: {r.Id} ({r.Document}, from {Iso(r.EffectiveFrom)})"
                    : $"{x.Jurisdiction} {FactCatalog.NameOf(x.Kind)}: no built-in revision")
                .ToList();
            var then = inForce.Count == 0 ? string.Empty : $"; in force on {Iso(asOf)}: {string.Join("; ", inForce)}";
            warnings.Add(Diagnostic.Create(
                DiagnosticCodes.BeforeEffectiveDate,
                $"the as-of date {Iso(asOf)} is before revision '{revision.Id}' took effect on {Iso(revision.EffectiveFrom)}{then}",
                where,
                revision.Id));
        }

        var later = batch.Observations
            .Where(o => FactDates.Latest(o) > asOf)
            .GroupBy(o => FactCatalog.For(o.GetType()).Name, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Count()}"))
            .ToList();
        if (later.Count > 0)
        {
            warnings.Add(Diagnostic.Create(
                DiagnosticCodes.FactsAfterAsOf,
                $"facts are dated after the as-of date {Iso(asOf)}: {string.Join(", ", later)}; windows end on the as-of date, so check that it is the monitoring time point meant",
                where));
        }

        return warnings.ToImmutable();
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
