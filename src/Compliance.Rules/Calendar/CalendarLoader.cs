using System.Globalization;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Yaml;
using NodaTime;
using NodaTime.Text;

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
    // The files of the overlays being composed, to find a circle of extends.
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

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private WorkingDayCalendar? ComposeOverlay(CalendarDefinition overlay, bool overlayIsValid)
    {
        var baseCalendar = FindBase(overlay);
        if (baseCalendar is null)
        {
            return null;
        }

        var found = _diagnostics.Count;
        var yearsOutside = overlay.Years.Where(y => y.Year < baseCalendar.CoveredRange.Start.Year).ToList();
        foreach (var year in yearsOutside)
        {
            Error(DiagnosticCodes.OutsideBase, $"year {year.Year} is before the calendar '{baseCalendar.Id}' that this one extends ({baseCalendar}); an overlay can add whole years only after its base's last year, and a region's days apply only where the national days are known", year.Location, year.Year);
        }

        var range = CheckAddedYears(overlay, baseCalendar);

        var baseDays = baseCalendar.Exceptions.ToDictionary(e => e.Date);
        var cancelled = new HashSet<LocalDate>();
        foreach (var entry in overlay.Entries.Where(e => !yearsOutside.Exists(y => y.Year == e.Year)))
        {
            if (!range.Contains(entry.Date))
            {
                Error(DiagnosticCodes.OutsideBase, $"{Iso(entry.Date)} is outside the calendar '{baseCalendar.Id}' that this one extends ({baseCalendar})", entry.Location, entry.Year);
                continue;
            }

            var hasBaseDay = baseDays.TryGetValue(entry.Date, out var baseDay);
            switch (entry.Kind)
            {
                case EntryKind.Cancel when !hasBaseDay || baseDay.Kind != ExceptionKind.Work:
                    Error(DiagnosticCodes.CancelWithoutMakeUpDay, $"{Iso(entry.Date)} cancels a make-up working day, but '{baseCalendar.Id}' has no make-up working day on {Iso(entry.Date)}", entry.Location, entry.Year);
                    break;
                case EntryKind.Cancel:
                    cancelled.Add(entry.Date);
                    break;
                case EntryKind.Off when hasBaseDay && baseDay.Kind == ExceptionKind.Off:
                case EntryKind.Work when hasBaseDay && baseDay.Kind == ExceptionKind.Work:
                    Error(DiagnosticCodes.RepeatsBase, $"{Iso(entry.Date)} is already '{(entry.Kind == EntryKind.Off ? "off" : "work")}' in '{baseCalendar.Id}' ({baseDay.Holiday}); an overlay records only what differs from its base", entry.Location, entry.Year);
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

    /// <summary>
    /// Checks the years an overlay adds after its base's last year and gives the composed calendar's range: the base's,
    /// extended to 31 December of the last added year.
    /// </summary>
    /// <remarks>
    /// Added years must follow the base's last year without a gap, since the calendar claims to know every day of its
    /// range; and an added year needs its notices, as a national calendar's years do, because its days are the
    /// national days of that year (a regional overlay adds the region's days to them).
    /// </remarks>
    private DateInterval CheckAddedYears(CalendarDefinition overlay, WorkingDayCalendar baseCalendar)
    {
        var range = baseCalendar.CoveredRange;
        var last = range.End.Year;
        foreach (var year in overlay.Years.Where(y => y.Year > range.End.Year).OrderBy(y => y.Year))
        {
            if (year.Year != last + 1)
            {
                var missing = year.Year == last + 2
                    ? Invariant($"{last + 1} is missing")
                    : Invariant($"{last + 1}–{year.Year - 1} are missing");
                var known = last == range.End.Year ? Invariant($"'{baseCalendar.Id}' ends with {last}") : Invariant($"the years added before it end with {last}");
                Error(DiagnosticCodes.MissingYear, Invariant($"year {year.Year} would be added after {last}, but {missing} ({known}): the calendar would claim to know {last + 1}, which it does not; add a block for it first"), year.Location, year.Year);
            }

            if (!year.HasNotices)
            {
                Error(DiagnosticCodes.MissingKey, Invariant($"year {year.Year} adds a year to '{baseCalendar.Id}' (which ends with {range.End.Year}), so it needs 'notices': the notices its days come from, as in a national calendar"), year.Location, year.Year);
            }

            last = year.Year;
        }

        return last == range.End.Year ? range : new DateInterval(range.Start, new LocalDate(last, 12, 31));
    }

    private WorkingDayCalendar? FindBase(CalendarDefinition overlay)
    {
        var baseId = overlay.Extends!;
        if (!InputRoot.IsPlainId(baseId))
        {
            _diagnostics.Add(Diagnostic.Create(
                DiagnosticCodes.NotAPlainId,
                $"'extends: {MessageExcerpt.Of(baseId)}' must be a plain calendar id (the name of a file beside this one without .yaml, or a built-in calendar such as cn), not a path; calendars outside the folder being loaded are not read",
                overlay.ExtendsLocation,
                overlay.Id));
            return null;
        }

        // A calendar extending its own id extends the built-in calendar of that id (a host's cn.yaml adding a year to
        // the built-in cn), and a built-in calendar's extends always means a built-in one: a file on disk can replace
        // a built-in calendar where it is loaded, but never change another built-in calendar composed on it.
        var extendsItself = string.Equals(baseId, overlay.Id, StringComparison.Ordinal);
        var builtInOnly = extendsItself || overlay.File.StartsWith(Resources.BuiltInResources.Scheme, StringComparison.Ordinal);
        var source = builtInOnly ? WorkingDayCalendars.FindBuiltIn(baseId) : _find(baseId);
        if ((source is null && extendsItself) || (source is not null && _composing.Contains(source.File)))
        {
            var detail = extendsItself
                ? $"'{overlay.Id}' extends itself, and there is no built-in calendar '{baseId}' for that to mean ({string.Join(", ", WorkingDayCalendars.BuiltInIds)})"
                : $"'{overlay.Id}' extends '{baseId}', which extends '{overlay.Id}' in turn (directly or through others); a calendar cannot extend itself";
            _diagnostics.Add(Diagnostic.Create(DiagnosticCodes.CalendarExtendsCycle, detail, overlay.ExtendsLocation, overlay.Id));
            return null;
        }

        if (source is null)
        {
            _diagnostics.Add(Diagnostic.Create(
                DiagnosticCodes.UnknownBase,
                $"'{overlay.Id}' extends '{baseId}', but there is no such calendar: neither a file {baseId}.yaml next to this one nor a built-in calendar ({string.Join(", ", WorkingDayCalendars.BuiltInIds)})",
                overlay.ExtendsLocation,
                overlay.Id));
            return null;
        }

        _composing.Add(overlay.File);
        try
        {
            return Load(source);
        }
        finally
        {
            _composing.Remove(overlay.File);
        }
    }

    private void Error(DiagnosticDescriptor code, string message, SourceLocation location, int year) =>
        _diagnostics.Add(Diagnostic.Create(code, message, location, Subject(year)));
}
