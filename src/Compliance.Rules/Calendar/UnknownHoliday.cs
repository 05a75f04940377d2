namespace Compliance.Rules.Calendar;

/// <summary>
/// A (holiday, year) cell of a regional calendar whose days off are not known, recorded as unknown rather than guessed.
/// </summary>
/// <remarks>
/// Inside an unknown cell the calendar uses the days of the calendar it extends (for Xinjiang, the national days), so
/// a deadline or a count of working days that crosses the festival may be off by the region's unrecorded days.
/// Callers that must not rely on that can test whether an evaluation period touches <see cref="Year"/>.
/// This type is immutable and thread-safe.
/// </remarks>
/// <param name="Year">The calendar year.</param>
/// <param name="Holiday">The holiday, such as <c>肉孜节</c>.</param>
/// <param name="Note">What is known, such as the festival date, and what is missing.</param>
public sealed record UnknownHoliday(int Year, string Holiday, string Note);
