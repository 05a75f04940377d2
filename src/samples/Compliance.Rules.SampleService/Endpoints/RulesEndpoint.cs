using System.Reflection;
using Compliance.Rules.Hosting;
using NodaTime;
using NodaTime.Text;

namespace Compliance.Rules.SampleService.Endpoints;

/// <summary>
/// <c>GET /rules</c>: the rule sets served, each with its provenance (revision, content hash, calendar with its covered
/// range and data version, package version), when it became active, and the latest rejected edit if there is one.
/// </summary>
internal static class RulesEndpoint
{
    private static readonly string PackageVersion = typeof(CompiledRuleSet).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";

    public static IResult Handle(IRuleSetProvider provider)
    {
        var state = provider.State;
        return TypedResults.Json(
            new
            {
                state.DefaultRevision,
                Stale = state.IsStale,
                RuleSets = state.Sources.Select(s => new
                {
                    s.Source,
                    s.Active.RevisionId,
                    s.Active.RuleSet.Revision.Title,
                    s.Active.RuleSet.Revision.Document,
                    EffectiveFrom = Iso(s.Active.RuleSet.Revision.EffectiveFrom),
                    s.Active.ContentHash,
                    Calendar = new
                    {
                        s.Active.RuleSet.Calendar.Id,
                        CoveredFrom = Iso(s.Active.RuleSet.Calendar.CoveredRange.Start),
                        CoveredTo = Iso(s.Active.RuleSet.Calendar.CoveredRange.End),
                        s.Active.RuleSet.Calendar.DataVersion,
                    },
                    PackageVersion,
                    s.Active.Generation,
                    s.Active.ActivatedAt,
                    Stale = s.IsStale,
                    s.RejectedAt,
                    Rejected = DiagnosticsJson.Of(s.Rejected),
                }),
            },
            SnakeCaseJson.Options);
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
