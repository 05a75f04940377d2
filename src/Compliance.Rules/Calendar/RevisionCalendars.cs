using System.Collections.Immutable;
using Compliance.Rules.Diagnostics;

namespace Compliance.Rules.Calendar;

/// <summary>
/// Finds the calendar a revision names (<c>calendar: cn</c>): among the host's calendars first, then in the
/// <c>calendars</c> folder beside the revision folders, then among the built-in calendars. The first place that has
/// the id wins, so a host's <c>cn</c> replaces the built-in one for the rule sets it is loaded with.
/// </summary>
/// <remarks>
/// The <c>calendars</c> folder is read at most once, and every problem in it is reported with its file, line and
/// column (<see cref="CalendarLookup.Diagnostics"/>), not as a missing calendar. One instance serves one load.
/// </remarks>
internal sealed class RevisionCalendars
{
    private readonly IReadOnlyDictionary<string, WorkingDayCalendar> _host;
    private readonly Lazy<(IReadOnlyList<WorkingDayCalendar> Calendars, IReadOnlySet<string> FileIds, ImmutableArray<Diagnostic> Diagnostics)> _folder;

    /// <summary>Initializes a new instance of the <see cref="RevisionCalendars"/> class.</summary>
    /// <param name="host">The host's calendars by id; empty when the host gives none.</param>
    /// <param name="parentDirectory">The folder holding the revision folders, or <see langword="null"/> for a built-in revision.</param>
    public RevisionCalendars(IReadOnlyDictionary<string, WorkingDayCalendar> host, string? parentDirectory)
    {
        _host = host;
        var folder = parentDirectory is null ? null : Path.Combine(parentDirectory, "calendars");
        _folder = new(() =>
        {
            if (folder is null || !Directory.Exists(folder))
            {
                return ([], new HashSet<string>(), []);
            }

            var (calendars, ids, loader) = WorkingDayCalendars.ReadFolder(folder);
            return (calendars, ids, [.. loader.Diagnostics]);
        });
    }

    /// <summary>Finds a calendar by id.</summary>
    /// <param name="id">The id a revision names.</param>
    /// <returns>The calendar, whether it exists, and the problems of the calendar files read to find it.</returns>
    public CalendarLookup Find(string id)
    {
        if (_host.TryGetValue(id, out var hosted))
        {
            return new CalendarLookup(hosted, Exists: true, []);
        }

        // Every problem of the folder is reported, even one in another file: the folder is part of what is loaded.
        var (calendars, fileIds, diagnostics) = _folder.Value;
        if (fileIds.Contains(id))
        {
            return new CalendarLookup(calendars.FirstOrDefault(c => c.Id == id), Exists: true, diagnostics);
        }

        var builtIn = WorkingDayCalendars.BuiltInIds.Contains(id);
        return new CalendarLookup(builtIn ? WorkingDayCalendars.BuiltIn(id) : null, builtIn, diagnostics);
    }
}

/// <summary>What looking a calendar up found.</summary>
/// <param name="Calendar">The calendar, or <see langword="null"/> when there is none or its files have errors.</param>
/// <param name="Exists">Whether a calendar with the id exists (it may still fail to load).</param>
/// <param name="Diagnostics">The problems of the calendar files read to find it, each with its file, line and column.</param>
internal sealed record CalendarLookup(WorkingDayCalendar? Calendar, bool Exists, ImmutableArray<Diagnostic> Diagnostics);
