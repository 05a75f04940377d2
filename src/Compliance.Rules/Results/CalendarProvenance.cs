using NodaTime;

namespace Compliance.Rules.Results;

/// <summary>A calendar a result was computed on: its id, covered range and data version.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Id">The calendar's id, such as <c>cn-xj</c>.</param>
/// <param name="CoveredRange">The dates it records.</param>
/// <param name="DataVersion">The SHA-256 of its effective data (range, every exception day and unknown cell), as lower-case hex.</param>
public sealed record CalendarProvenance(string Id, DateInterval CoveredRange, string DataVersion);
