using System.Collections.Immutable;
using NodaTime;

namespace Compliance.Rules.Results;

/// <summary>
/// Where a result comes from, so that a published figure can be traced and reproduced: the revision and a hash of its
/// content (overlays included), the calendars with their covered ranges and data versions, the package version and the
/// as-of date.
/// </summary>
/// <remarks>
/// Identical inputs give identical provenance: nothing in it depends on the machine, the time of day or the order of
/// files on disk. This type is immutable and thread-safe.
/// </remarks>
/// <param name="RevisionId">The revision's id.</param>
/// <param name="RevisionHash">
/// The SHA-256 of the revision's effective content (its header and every indicator after overlays are applied, in a
/// canonical form that ignores comments and layout), as lower-case hex.
/// </param>
/// <param name="Calendars">The calendar the revision counts working days on, with its covered range and data version.</param>
/// <param name="PackageVersion">The version of the Compliance.Rules package that evaluated.</param>
/// <param name="AsOf">The as-of date.</param>
public sealed record Provenance(
    string RevisionId,
    string RevisionHash,
    ImmutableArray<CalendarProvenance> Calendars,
    string PackageVersion,
    LocalDate AsOf);
