using System.Globalization;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Yaml;
using NodaTime;
using NodaTime.Text;
using Codes = Compliance.Rules.Calendar.CalendarDiagnosticCodes;

namespace Compliance.Rules.Calendar;

/// <summary>
/// Loads calendar files into <see cref="WorkingDayCalendar"/>s: reads each file once, finds the calendar an overlay
/// extends, checks the overlay against it, and composes the two into one calendar.
/// </summary>
/// <remarks>Not thread-safe: one loader belongs to one load. Diagnostics from every file read are gathered.</remarks>
internal sealed class CalendarLoader
{
    private readonly Func<string, CalendarText?> _find;
    private readonly Dictionary<string, WorkingDayCalendar?> _loaded = new(StringComparer.Ordinal);
    private readonly HashSet<string> _composing = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _diagnostics = [];

    /// <summary>Initializes a new instance of the <see cref="CalendarLoader"/> class.</summary>
    /// <param name="find">Finds the file of a calendar by id (for <c>extends</c>), or returns <see langword="null"/>.</param>
    public CalendarLoader(Func<string, CalendarText?> find)
    {
        _find = find;
    }

    /// <summary>Gets every diagnostic found so far, sorted by file, line and column.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics =>
        _diagnostics
            .OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ToList();

    /// <summary>Gets whether any diagnostic so far is an error.</summary>
    public bool HasErrors => _diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Loads the calendar of a file, and the calendars it extends.</summary>
    /// <param name="source">The file.</param>
    /// <returns>The calendar, or <see langword="null"/> when it or a calendar it extends has errors.</returns>
    public WorkingDayCalendar? Load(CalendarText source)
    {
        if (_loaded.TryGetValue(source.File, out var done))
        {
            return done;
        }

        var found = _diagnostics.Count;
        var definition = CalendarFileReader.Read(source, _diagnostics);
        var fileIsValid = !_diagnostics.Skip(found).Any(d => d.Severity == DiagnosticSeverity.Error);
        WorkingDayCalendar? calendar = null;
        if (definition is not null)
        {
            calendar = definition.IsOverlay ? ComposeOverlay(definition, fileIsValid) : (fileIsValid ? ComposeBase(definition) : null);
        }

        _loaded[source.File] = calendar;
        return calendar;
    }

    /// <summary>Wraps the outcome of a load as a <see cref="LoadResult{T}"/>.</summary>
    /// <typeparam name="T">The type of the value loaded.</typeparam>
    /// <param name="value">The value, when the load produced one.</param>
    /// <returns>The result: failed when any diagnostic is an error.</returns>
    public LoadResult<T> Result<T>(T? value)
        where T : class =>
        value is not null && !HasErrors ? LoadResult<T>.Ok(value, Diagnostics) : LoadResult<T>.Failed(Diagnostics);

    /// <summary>Reports a problem that is not in a file's text (a file or folder that cannot be read).</summary>
    /// <param name="diagnostic">The problem.</param>
    public void Report(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    private static WorkingDayCalendar ComposeBase(CalendarDefinition definition)
    {
        var first = definition.Years.Min(y => y.Year);
        var last = definition.Years.Max(y => y.Year);
        var range = new DateInterval(new LocalDate(first, 1, 1), new LocalDate(last, 12, 31));
        var exceptions = definition.Entries
            .Select(ToExceptionDay)
            .OrderBy(e => e.Date);
        return new WorkingDayCalendar(definition.Id, definition.Name, range, exceptions, definition.UnknownHolidays);
    }

    private static ExceptionDay ToExceptionDay(CalendarEntry entry) =>
        new(entry.Date, entry.Kind == EntryKind.Off ? ExceptionKind.Off : ExceptionKind.Work, entry.Holiday, entry.Confidence);

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Subject(int year) => year.ToString(CultureInfo.InvariantCulture);

    private WorkingDayCalendar? ComposeOverlay(CalendarDefinition overlay, bool overlayIsValid)
    {
        var baseCalendar = FindBase(overlay);
        if (baseCalendar is null)
        {
            return null;
        }

        var found = _diagnostics.Count;
        var range = baseCalendar.CoveredRange;
        var yearsOutside = overlay.Years.Where(y => y.Year < range.Start.Year || y.Year > range.End.Year).ToList();
        foreach (var year in yearsOutside)
        {
            Error(Codes.OutsideBase, $"year {year.Year} is outside the calendar '{baseCalendar.Id}' that this one extends ({baseCalendar}); a region's days apply only where the national days are known", year.Location, year.Year);
        }

        var baseDays = baseCalendar.Exceptions.ToDictionary(e => e.Date);
        var cancelled = new HashSet<LocalDate>();
        foreach (var entry in overlay.Entries.Where(e => !yearsOutside.Exists(y => y.Year == e.Year)))
        {
            if (!range.Contains(entry.Date))
            {
                Error(Codes.OutsideBase, $"{Iso(entry.Date)} is outside the calendar '{baseCalendar.Id}' that this one extends ({baseCalendar})", entry.Location, entry.Year);
                continue;
            }

            var hasBaseDay = baseDays.TryGetValue(entry.Date, out var baseDay);
            switch (entry.Kind)
            {
                case EntryKind.Cancel when !hasBaseDay || baseDay.Kind != ExceptionKind.Work:
                    Error(Codes.CancelWithoutMakeUpDay, $"{Iso(entry.Date)} cancels a make-up working day, but '{baseCalendar.Id}' has no make-up working day on {Iso(entry.Date)}", entry.Location, entry.Year);
                    break;
                case EntryKind.Cancel:
                    cancelled.Add(entry.Date);
                    break;
                case EntryKind.Off when hasBaseDay && baseDay.Kind == ExceptionKind.Off:
                case EntryKind.Work when hasBaseDay && baseDay.Kind == ExceptionKind.Work:
                    Error(Codes.RepeatsBase, $"{Iso(entry.Date)} is already '{(entry.Kind == EntryKind.Off ? "off" : "work")}' in '{baseCalendar.Id}' ({baseDay.Holiday}); an overlay records only what differs from its base", entry.Location, entry.Year);
                    break;
            }
        }

        if (!overlayIsValid || _diagnostics.Count > found)
        {
            return null;
        }

        var exceptions = baseCalendar.Exceptions
            .Where(e => !cancelled.Contains(e.Date))
            .Concat(overlay.Entries.Where(e => e.Kind != EntryKind.Cancel).Select(ToExceptionDay))
            .OrderBy(e => e.Date);
        var unknown = baseCalendar.UnknownHolidays.Concat(overlay.UnknownHolidays).OrderBy(u => u.Year);
        return new WorkingDayCalendar(overlay.Id, overlay.Name, range, exceptions, unknown);
    }

    private WorkingDayCalendar? FindBase(CalendarDefinition overlay)
    {
        var baseId = overlay.Extends!;
        if (!InputRoot.IsPlainId(baseId))
        {
            _diagnostics.Add(Diagnostic.Error(
                Authoring.RuleDiagnosticCodes.NotAPlainId,
                $"'extends: {MessageExcerpt.Of(baseId)}' must be a plain calendar id (the name of a file beside this one without .yaml, or a built-in calendar such as cn), not a path; calendars outside the folder being loaded are not read",
                overlay.ExtendsLocation,
                overlay.Id));
            return null;
        }

        if (_composing.Contains(baseId) || string.Equals(baseId, overlay.Id, StringComparison.Ordinal))
        {
            _diagnostics.Add(Diagnostic.Error(
                Codes.ExtendsCycle,
                $"'{overlay.Id}' extends '{baseId}', which extends '{overlay.Id}' in turn (directly or through others); a calendar cannot extend itself",
                overlay.ExtendsLocation,
                overlay.Id));
            return null;
        }

        var source = _find(baseId);
        if (source is null)
        {
            _diagnostics.Add(Diagnostic.Error(
                Codes.UnknownBase,
                $"'{overlay.Id}' extends '{baseId}', but there is no such calendar: neither a file {baseId}.yaml next to this one nor a built-in calendar ({string.Join(", ", WorkingDayCalendars.BuiltInIds)})",
                overlay.ExtendsLocation,
                overlay.Id));
            return null;
        }

        _composing.Add(overlay.Id);
        try
        {
            return Load(source);
        }
        finally
        {
            _composing.Remove(overlay.Id);
        }
    }

    private void Error(string code, string message, SourceLocation location, int year) =>
        _diagnostics.Add(Diagnostic.Error(code, message, location, Subject(year)));
}
