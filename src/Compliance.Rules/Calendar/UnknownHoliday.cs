using NodaTime;

namespace Compliance.Rules.Calendar;

/// <summary>
/// A (holiday, year) cell of a regional calendar whose days off are not known, recorded as unknown rather than guessed.
/// </summary>
/// <remarks>
/// Inside an unknown cell the calendar uses the days of the calendar it extends (for Xinjiang, the national days), so
/// a deadline or a count of working days that crosses the festival may be off by the region's unrecorded days.
/// Callers that must not rely on that can test whether an evaluation period overlaps <see cref="Around"/>, or touches
/// <see cref="Year"/> when the cell has no window. This type is immutable and thread-safe.
/// </remarks>
/// <param name="Year">The calendar year.</param>
/// <param name="Holiday">The holiday, such as <c>肉孜节</c>.</param>
/// <param name="Note">What is known, such as the festival date, and what is missing.</param>
public sealed record UnknownHoliday(int Year, string Holiday, string Note)
{
    /// <summary>
    /// Gets the window in which the holiday's days off could fall, both ends inclusive, or <see langword="null"/> when the
    /// file gives none (then the whole <see cref="Year"/> is uncertain).
    /// </summary>
    /// <remarks>
    /// The calendar files write it as <c>around: { from, to }</c>. For Xinjiang's festivals it is the expected date by the
    /// Umm al-Qura calendar from 3 days before to the festival's length plus 3 days after, since the date announced
    /// each year by the 中国伊斯兰教协会 can differ from a computed one by a day or two.
    /// </remarks>
    public DateInterval? Around { get; init; }
}
