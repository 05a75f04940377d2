using NodaTime;

namespace Compliance.Rules.Results;

/// <summary>A calendar a result was computed on: its id, covered range and data version.</summary>
/// <remarks>Built only by the library. This type is immutable and thread-safe.</remarks>
public sealed class CalendarProvenance
{
    internal CalendarProvenance(string id, DateInterval coveredRange, string dataVersion)
    {
        Id = id;
        CoveredRange = coveredRange;
        DataVersion = dataVersion;
    }

    /// <summary>Gets the calendar's id, such as <c>cn-xj</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the dates it records.</summary>
    public DateInterval CoveredRange { get; }

    /// <summary>Gets the SHA-256 of its effective data (range, every exception day and unknown cell), as lower-case hex.</summary>
    public string DataVersion { get; }
}
