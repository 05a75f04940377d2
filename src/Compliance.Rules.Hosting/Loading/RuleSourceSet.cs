using Compliance.Rules.Calendar;
using Compliance.Rules.Diagnostics;

namespace Compliance.Rules.Hosting.Loading;

/// <summary>
/// The rule sets and calendar files of the options, with paths resolved against the host's content root: loads them
/// all, each rule set with the host's calendars, every problem as a diagnostic.
/// </summary>
/// <remarks>Immutable and thread-safe; each load reads the files anew.</remarks>
internal sealed class RuleSourceSet
{
    private const string BuiltIn = "builtin:";

    public RuleSourceSet(ComplianceRulesOptions options, string contentRoot)
    {
        Sources = [.. options.RuleSets];
        Paths = [.. options.RuleSets.Select(s => Resolve(s, contentRoot))];
        CalendarFiles = [.. options.CalendarFiles.Select(f => Path.GetFullPath(f, contentRoot))];
        DefaultRevision = options.DefaultRevision;
    }

    /// <summary>Gets the rule sets as the options name them.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>Gets the rule sets as they are loaded: <c>builtin:</c> names, or full folder paths.</summary>
    public IReadOnlyList<string> Paths { get; }

    /// <summary>Gets the full paths of the host's calendar files.</summary>
    public IReadOnlyList<string> CalendarFiles { get; }

    /// <summary>Gets the configured default revision.</summary>
    public string? DefaultRevision { get; }

    /// <summary>Tells whether a loaded path is a folder (and so can change), not a built-in rule set.</summary>
    public static bool IsFolder(string path) => !path.StartsWith(BuiltIn, StringComparison.Ordinal);

    /// <summary>Resolves a rule set's name: a built-in name as it is, a folder path against the content root.</summary>
    public static string Resolve(string source, string contentRoot) =>
        IsFolder(source) ? Path.GetFullPath(source, contentRoot) : source;

    /// <summary>Loads every rule set, each with the host's calendars.</summary>
    /// <returns>One result per rule set, in the options' order.</returns>
    public IReadOnlyList<LoadResult<CompiledRuleSet>> Load()
    {
        var calendars = LoadCalendars(out var calendarDiagnostics);
        return [.. Paths.Select(path => calendars is null
            ? LoadResult<CompiledRuleSet>.Failed(calendarDiagnostics)
            : LoadOne(path, calendars, calendarDiagnostics))];
    }

    private static LoadResult<CompiledRuleSet> LoadOne(string path, IReadOnlyList<WorkingDayCalendar> calendars, IReadOnlyList<Diagnostic> calendarWarnings)
    {
        try
        {
            var loaded = RuleSet.TryLoad(path, calendars);
            if (calendarWarnings.Count == 0)
            {
                return loaded;
            }

            var diagnostics = calendarWarnings.Concat(loaded.Diagnostics);
            return loaded.TryGetValue(out var compiled) ? LoadResult<CompiledRuleSet>.Ok(compiled, diagnostics) : LoadResult<CompiledRuleSet>.Failed(diagnostics);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return LoadResult<CompiledRuleSet>.Failed([Diagnostic.Create(HostingDiagnosticCodes.LoadFailed, $"the rule set cannot be read: {ex.Message}", SourceLocation.OfFile(path))]);
        }
    }

    // The host's calendars, or null when a file has an error; every diagnostic of every file either way.
    private List<WorkingDayCalendar>? LoadCalendars(out List<Diagnostic> diagnostics)
    {
        diagnostics = [];
        var calendars = new List<WorkingDayCalendar>();
        var byId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in CalendarFiles)
        {
            var loaded = WorkingDayCalendars.LoadFile(file);
            diagnostics.AddRange(loaded.Diagnostics);
            if (!loaded.TryGetValue(out var calendar))
            {
                continue;
            }

            if (byId.TryGetValue(calendar.Id, out var first))
            {
                diagnostics.Add(Diagnostic.Create(
                    HostingDiagnosticCodes.DuplicateCalendar,
                    $"the calendar id '{calendar.Id}' is also the id of {first}; give one calendar file per id",
                    SourceLocation.OfFile(file)));
                continue;
            }

            byId.Add(calendar.Id, file);
            calendars.Add(calendar);
        }

        return diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? null : calendars;
    }
}
