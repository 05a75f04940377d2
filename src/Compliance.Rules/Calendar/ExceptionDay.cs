using System.Globalization;
using Compliance.Rules.Labels;
using NodaTime;
using NodaTime.Text;

namespace Compliance.Rules.Calendar;

/// <summary>
/// One day on which a working-day calendar departs from the Monday–Friday week: a weekday off or a weekend make-up working day.
/// </summary>
/// <remarks>
/// Only exceptions are recorded. A Saturday or Sunday inside a holiday break ("与周末连休") is an ordinary rest day and
/// is not an exception. This type is immutable and thread-safe.
/// </remarks>
/// <param name="Date">The day.</param>
/// <param name="Kind"><see cref="ExceptionKind.Off"/> for a Monday–Friday day off, <see cref="ExceptionKind.Work"/> for a Saturday/Sunday working day.</param>
/// <param name="Holiday">The holiday as its notice names it, such as <c>春节</c> or <c>中秋节、国庆节</c>.</param>
/// <param name="Confidence">How well the day is established; <see cref="Confidence.High"/> for national days.</param>
public readonly record struct ExceptionDay(LocalDate Date, ExceptionKind Kind, string Holiday, Confidence Confidence)
{
    /// <summary>Formats the day as <c>YYYY-MM-DD off NAME</c> or <c>YYYY-MM-DD work NAME</c>.</summary>
    /// <returns>The formatted day.</returns>
    public override string ToString()
    {
        return string.Create(CultureInfo.InvariantCulture, $"{LocalDatePattern.Iso.Format(Date)} {EnumVocabulary.NameOf(Kind)} {Holiday}");
    }
}
