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
/// files on disk. Built only by the library. This type is immutable and thread-safe.
/// </remarks>
public sealed class Provenance
{
    internal Provenance(string revisionId, string revisionHash, ImmutableArray<CalendarProvenance> calendars, string packageVersion, LocalDate asOf)
    {
        RevisionId = revisionId;
        RevisionHash = revisionHash;
        Calendars = calendars;
        PackageVersion = packageVersion;
        AsOf = asOf;
    }

    /// <summary>Gets the revision's id.</summary>
    public string RevisionId { get; }

    /// <summary>
    /// Gets the SHA-256 of the revision's effective content (its header and every indicator after overlays are applied, in
    /// a canonical form that ignores comments and layout), as lower-case hex.
    /// </summary>
    public string RevisionHash { get; }

    /// <summary>Gets the calendar the revision counts working days on, with its covered range and data version.</summary>
    public ImmutableArray<CalendarProvenance> Calendars { get; }

    /// <summary>Gets the version of the Compliance.Rules package that evaluated.</summary>
    public string PackageVersion { get; }

    /// <summary>Gets the as-of date.</summary>
    public LocalDate AsOf { get; }
}
