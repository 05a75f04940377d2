using System.Collections.Concurrent;
using Compliance.Rules.Authoring;
using Compliance.Rules.Authoring.Loading;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Calendar;
using Compliance.Rules.Compilation;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Evaluation;
using Compliance.Rules.Facts;
using NodaTime;

namespace Compliance.Rules;

/// <summary>
/// Loads rule sets (revision folders of YAML indicators) from disk or from the built-in revisions, validates them
/// like a compiler and compiles them into NRules rules.
/// </summary>
/// <remarks>
/// A revision folder holds <c>revision.yaml</c> and <c>indicators/*.yaml</c>; an overlay's <c>extends</c> is looked up
/// among its sibling folders first, then among the built-in revisions. Calendars are looked up among the host's
/// calendars (<see cref="TryLoad(string, IEnumerable{WorkingDayCalendar})"/>), then in a <c>calendars</c> folder beside
/// the revision folder, then among the built-in calendars. Every problem is reported at once, with
/// file, line, column and indicator id. This type is thread-safe; built-in rule sets are compiled once and cached.
/// </remarks>
public static class RuleSet
{
    private static readonly ConcurrentDictionary<string, Lazy<CompiledRuleSet>> BuiltInCache = new(StringComparer.Ordinal);

    private static readonly IReadOnlyDictionary<string, WorkingDayCalendar> NoHostCalendars = new Dictionary<string, WorkingDayCalendar>();

    /// <summary>Gets the ids of the built-in revisions.</summary>
    public static IReadOnlyList<string> BuiltInIds => RevisionFolder.BuiltInIds;

    /// <summary>Reads and validates a revision folder without compiling it.</summary>
    /// <param name="directory">The revision folder.</param>
    /// <returns>The revision with its warnings, or every diagnostic found.</returns>
    public static LoadResult<RuleRevision> Read(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return ReadDirectory(directory, NoHostCalendars).Read;
    }

    /// <summary>Reads and validates a built-in revision without compiling it.</summary>
    /// <param name="id">The revision id, such as <c>gb-2019</c>.</param>
    /// <returns>The revision with its warnings, or every diagnostic found.</returns>
    public static LoadResult<RuleRevision> ReadBuiltIn(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return BuiltInRevisions.Read(id, NoHostCalendars).Read;
    }

    /// <summary>Reads, validates and compiles a revision folder.</summary>
    /// <param name="directory">The revision folder.</param>
    /// <returns>The compiled rule set with its warnings, or every diagnostic found.</returns>
    public static LoadResult<CompiledRuleSet> TryLoadDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return Compile(ReadDirectory(directory, NoHostCalendars));
    }

    /// <summary>Reads, validates and compiles a revision folder, throwing when it has errors.</summary>
    /// <param name="directory">The revision folder.</param>
    /// <returns>The compiled rule set.</returns>
    /// <exception cref="DiagnosticsException">The folder has errors; every one is listed.</exception>
    public static CompiledRuleSet LoadDirectory(string directory) => TryLoadDirectory(directory).GetValueOrThrow();

    /// <summary>Gets a built-in revision, compiled (once, then cached).</summary>
    /// <param name="id">The revision id, such as <c>gb-2019</c>.</param>
    /// <returns>The compiled rule set.</returns>
    /// <exception cref="DiagnosticsException">There is no such built-in revision.</exception>
    public static CompiledRuleSet BuiltIn(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var lazy = BuiltInCache.GetOrAdd(id, key => new Lazy<CompiledRuleSet>(() => Compile(BuiltInRevisions.Read(key, NoHostCalendars)).GetValueOrThrow()));
        try
        {
            return lazy.Value;
        }
        catch (DiagnosticsException)
        {
            BuiltInCache.TryRemove(id, out _);
            throw;
        }
    }

    /// <summary>Gets the built-in revision in force on a date, compiled: the one call that picks the indicators for an as-of date.</summary>
    /// <remarks>
    /// Among the built-in revisions of the jurisdiction that have indicators for the kind of subject, the one with the latest
    /// <see cref="RuleRevision.EffectiveFrom"/> on or before <paramref name="asOf"/> is in force (its first day included).
    /// The subject kind separates instruments issued together: the national inspection indicators (websites and new
    /// media) and the supervision assessment indicators (supervising bodies) share a document and a date.
    /// </remarks>
    /// <param name="asOf">The as-of date (the monitoring time point).</param>
    /// <param name="jurisdiction">The jurisdiction, as revision files write it (<c>national</c> unless a revision says otherwise).</param>
    /// <param name="subjects">The kind of subject to be assessed.</param>
    /// <returns>The compiled rule set.</returns>
    /// <exception cref="DiagnosticsException">No built-in revision is in force then, two are, or a built-in revision has errors.</exception>
    public static CompiledRuleSet InForce(LocalDate asOf, string jurisdiction = "national", SubjectKind subjects = SubjectKind.Website) =>
        TryInForce(asOf, jurisdiction, subjects).GetValueOrThrow();

    /// <summary>Gets the built-in revision in force on a date, compiled, or the reason there is none.</summary>
    /// <param name="asOf">The as-of date (the monitoring time point).</param>
    /// <param name="jurisdiction">The jurisdiction, as revision files write it (<c>national</c> unless a revision says otherwise).</param>
    /// <param name="subjects">The kind of subject to be assessed.</param>
    /// <returns>The compiled rule set, or a diagnostic saying which revisions exist and from when.</returns>
    /// <remarks>See <see cref="InForce"/> for how the revision is chosen.</remarks>
    public static LoadResult<CompiledRuleSet> TryInForce(LocalDate asOf, string jurisdiction = "national", SubjectKind subjects = SubjectKind.Website)
    {
        var revision = BuiltInRevisions.InForce(asOf, jurisdiction, subjects);
        return revision.TryGetValue(out var found)
            ? LoadResult<CompiledRuleSet>.Ok(BuiltIn(found.Id))
            : LoadResult<CompiledRuleSet>.Failed(revision.Diagnostics);
    }

    /// <summary>Loads a rule set named the way the command line names them: <c>builtin:id</c> or a folder path.</summary>
    /// <param name="reference">The reference.</param>
    /// <returns>The compiled rule set, or every diagnostic found.</returns>
    public static LoadResult<CompiledRuleSet> TryLoad(string reference) => TryLoad(reference, []);

    /// <summary>
    /// Loads a rule set named the way the command line names them (<c>builtin:id</c> or a folder path) with the host's
    /// own calendars: one whose id the revision names replaces the built-in calendar (or the folder's) of that id.
    /// </summary>
    /// <param name="reference">The reference.</param>
    /// <param name="calendars">
    /// The host's calendars, such as a <c>cn.yaml</c> that adds 2027 to the built-in <c>cn</c> (<c>id: cn</c>,
    /// <c>extends: cn</c>), loaded with <see cref="WorkingDayCalendars.LoadFile"/> or <see cref="WorkingDayCalendars.Parse"/>.
    /// </param>
    /// <returns>The compiled rule set, or every diagnostic found.</returns>
    /// <remarks>
    /// The revision's <c>calendar</c> is looked up among <paramref name="calendars"/> first, then in a
    /// <c>calendars</c> folder beside the revision folder, then among the built-in calendars. A host calendar replaces
    /// only the calendar with its id: a host <c>cn</c> does not change the built-in <c>cn-xj</c> that a Xinjiang
    /// revision names. The rule set is compiled afresh on every call and never cached: <see cref="BuiltIn(string)"/>
    /// keeps returning the built-in revision on the built-in calendars.
    /// </remarks>
    /// <exception cref="ArgumentException">Two of <paramref name="calendars"/> have the same id.</exception>
    public static LoadResult<CompiledRuleSet> TryLoad(string reference, IEnumerable<WorkingDayCalendar> calendars)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(calendars);
        var host = new Dictionary<string, WorkingDayCalendar>(StringComparer.Ordinal);
        foreach (var calendar in calendars)
        {
            ArgumentNullException.ThrowIfNull(calendar, nameof(calendars));
            if (!host.TryAdd(calendar.Id, calendar))
            {
                throw new ArgumentException($"Two calendars have the id '{calendar.Id}'; give one calendar per id.", nameof(calendars));
            }
        }

        if (reference.StartsWith(Resources.BuiltInResources.Scheme, StringComparison.Ordinal))
        {
            return Compile(BuiltInRevisions.Read(reference[Resources.BuiltInResources.Scheme.Length..], host));
        }

        return Compile(ReadDirectory(reference, host));
    }

    private static (LoadResult<RuleRevision> Read, RevisionCalendars Calendars) ReadDirectory(
        string directory, IReadOnlyDictionary<string, WorkingDayCalendar> host)
    {
        var folder = RevisionFolder.FromDisk(directory);
        var calendars = new RevisionCalendars(host, folder?.ParentDirectory);
        if (folder is null)
        {
            return (LoadResult<RuleRevision>.Failed([Diagnostic.Create(DiagnosticCodes.MissingRevision, $"'{directory}' is not a folder", SourceLocation.OfFile(directory))]), calendars);
        }

        return (new RevisionLoader(calendars.Find).Load(folder), calendars);
    }

    private static LoadResult<CompiledRuleSet> Compile((LoadResult<RuleRevision> Read, RevisionCalendars Calendars) loaded)
    {
        if (!loaded.Read.TryGetValue(out var revision))
        {
            return LoadResult<CompiledRuleSet>.Failed(loaded.Read.Diagnostics);
        }

        // The revision loaded without errors, so its calendar was found and loaded.
        var calendar = loaded.Calendars.Find(revision.CalendarId).Calendar!;
        var rules = RuleSetCompiler.Compile(revision);
        var evaluator = new BatchEvaluator(revision, calendar, rules);
        return LoadResult<CompiledRuleSet>.Ok(new CompiledRuleSet(revision, calendar, evaluator, rules.RuleCount), loaded.Read.Diagnostics);
    }
}
