using System.Collections.Immutable;
using Compliance.Rules.Diagnostics;
using NodaTime;

namespace Compliance.Rules.Calendar;

/// <summary>What a calendar file says, after reading and checking it on its own (before composing it with its base).</summary>
/// <param name="Id">The calendar's id (the file's name when the id is missing).</param>
/// <param name="Name">The calendar's name.</param>
/// <param name="File">The file, as named in diagnostics.</param>
/// <param name="Extends">The id of the calendar this one overlays, or <see langword="null"/> for a base calendar.</param>
/// <param name="ExtendsLocation">Where <c>extends</c> is written.</param>
/// <param name="Years">The year blocks, in file order.</param>
/// <param name="Entries">The day entries that passed their own checks, in file order.</param>
/// <param name="UnknownHolidays">The cells recorded as unknown, in file order.</param>
internal sealed record CalendarDefinition(
    string Id,
    string Name,
    string File,
    string? Extends,
    SourceLocation ExtendsLocation,
    ImmutableArray<CalendarYear> Years,
    ImmutableArray<CalendarEntry> Entries,
    ImmutableArray<UnknownHoliday> UnknownHolidays)
{
    /// <summary>Gets whether the calendar overlays another one.</summary>
    public bool IsOverlay => Extends is not null;
}

/// <summary>A year block of a calendar file.</summary>
/// <param name="Year">The year.</param>
/// <param name="Location">Where the year's number is written.</param>
/// <param name="HasNotices">Whether the block lists its notices (required when an overlay's block adds a year to its base).</param>
internal sealed record CalendarYear(int Year, SourceLocation Location, bool HasNotices);

/// <summary>What an entry does to its day.</summary>
internal enum EntryKind
{
    /// <summary>A Monday–Friday day off.</summary>
    Off,

    /// <summary>A Saturday/Sunday working day.</summary>
    Work,

    /// <summary>Cancels the base calendar's make-up working day on that date (overlays only).</summary>
    Cancel,
}

/// <summary>One dated entry of a year block.</summary>
/// <param name="Date">The day.</param>
/// <param name="Kind">What the entry does.</param>
/// <param name="Holiday">The holiday as its notice names it.</param>
/// <param name="Confidence">How well the day is established.</param>
/// <param name="Year">The year block the entry belongs to.</param>
/// <param name="Location">Where the entry's date is written.</param>
internal sealed record CalendarEntry(LocalDate Date, EntryKind Kind, string Holiday, Confidence Confidence, int Year, SourceLocation Location);

/// <summary>A calendar file's name and text, from disk or from the built-in resources.</summary>
/// <param name="File">The file, as named in diagnostics.</param>
/// <param name="Text">The YAML text.</param>
internal sealed record CalendarText(string File, string Text);
