using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Calendar;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;
using Compliance.Rules.Resources;
using NodaTime;

namespace Compliance.Rules.Authoring.Loading;

/// <summary>Reads the built-in revisions, and finds the one in force on a date.</summary>
/// <remarks>Thread-safe: every built-in revision is read once per process for <see cref="InForce"/>.</remarks>
internal static class BuiltInRevisions
{
    private static readonly IReadOnlyDictionary<string, WorkingDayCalendar> NoHostCalendars = new Dictionary<string, WorkingDayCalendar>();

    private static readonly Lazy<IReadOnlyList<LoadResult<RuleRevision>>> All =
        new(() => [.. RevisionFolder.BuiltInIds.Select(id => Read(id, NoHostCalendars).Read)]);

    /// <summary>Reads and validates a built-in revision.</summary>
    /// <param name="id">The revision id, such as <c>gb-2019</c>.</param>
    /// <param name="host">The host's calendars by id, which replace the built-in calendars of their ids.</param>
    /// <returns>The revision (or every diagnostic found), and the calendars it was read with.</returns>
    public static (LoadResult<RuleRevision> Read, RevisionCalendars Calendars) Read(string id, IReadOnlyDictionary<string, WorkingDayCalendar> host)
    {
        var calendars = new RevisionCalendars(host, null);
        var folder = RevisionFolder.BuiltIn(id);
        if (folder is null)
        {
            return (LoadResult<RuleRevision>.Failed([Diagnostic.Create(
                DiagnosticCodes.MissingRevision,
                $"there is no built-in revision '{id}'; built in: {string.Join(", ", RevisionFolder.BuiltInIds)}",
                SourceLocation.OfFile(BuiltInResources.Scheme + id))]), calendars);
        }

        return (new RevisionLoader(calendars.Find).Load(folder), calendars);
    }

    /// <summary>Finds the built-in revision in force on a date.</summary>
    /// <remarks>
    /// Among the built-in revisions of the jurisdiction that have indicators for the kind of subject, the one with the latest
    /// <see cref="RuleRevision.EffectiveFrom"/> on or before <paramref name="asOf"/> is in force (its first day included).
    /// </remarks>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <param name="subjects">The kind of subject.</param>
    /// <returns>The revision, or a diagnostic saying which revisions exist and from when.</returns>
    public static LoadResult<RuleRevision> InForce(LocalDate asOf, string jurisdiction, SubjectKind subjects)
    {
        ArgumentNullException.ThrowIfNull(jurisdiction);
        var broken = All.Value.Where(r => !r.Success).SelectMany(r => r.Diagnostics).ToList();
        if (broken.Count > 0)
        {
            return LoadResult<RuleRevision>.Failed(broken);
        }

        var candidates = All.Value
            .Select(r => r.GetValueOrThrow())
            .Where(r => r.Jurisdiction == jurisdiction && r.Indicators.Any(i => i.Enabled && i.SubjectKind == subjects))
            .OrderBy(r => r.EffectiveFrom)
            .ToList();
        var inForce = candidates.Where(r => r.EffectiveFrom <= asOf).ToList();
        var where = SourceLocation.OfFile(BuiltInResources.Scheme + jurisdiction);
        var kind = FactCatalog.NameOf(subjects);
        if (inForce.Count == 0)
        {
            var known = candidates.Count == 0
                ? $"no built-in revision of jurisdiction '{jurisdiction}' has {kind} indicators"
                : "the revisions start on " + string.Join(", ", candidates.Select(r => $"{r.EffectiveFrom:uuuu-MM-dd} ({r.Id})"));
            return LoadResult<RuleRevision>.Failed([Diagnostic.Create(
                DiagnosticCodes.MissingRevision,
                $"no built-in {kind} revision of jurisdiction '{jurisdiction}' is in force on {asOf:uuuu-MM-dd}: {known}",
                where)]);
        }

        var latest = inForce[^1];
        var tied = inForce.Where(r => r.EffectiveFrom == latest.EffectiveFrom).ToList();
        if (tied.Count > 1)
        {
            return LoadResult<RuleRevision>.Failed([Diagnostic.Create(
                DiagnosticCodes.MissingRevision,
                $"{tied.Count} built-in {kind} revisions of jurisdiction '{jurisdiction}' take effect on {latest.EffectiveFrom:uuuu-MM-dd}: {string.Join(", ", tied.Select(r => r.Id))}",
                where)]);
        }

        return LoadResult<RuleRevision>.Ok(latest);
    }
}
