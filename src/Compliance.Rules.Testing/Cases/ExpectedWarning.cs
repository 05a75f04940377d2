using Compliance.Rules.Diagnostics;
using NodaTime;

namespace Compliance.Rules.Testing;

/// <summary>
/// A warning (预警) a regression case expects at its as-of date (an item of the case's <c>warnings:</c>): the subject, the
/// indicator that will fire (or whose bonus will be lost), the date it does, and optionally the warning's exact text.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="SubjectId">The subject's id.</param>
/// <param name="IndicatorId">The indicator's id.</param>
/// <param name="Date">The first as-of date at which the change holds.</param>
/// <param name="Text">The warning's text, or <see langword="null"/> when the case does not check it.</param>
/// <param name="Location">Where the expectation is written.</param>
public sealed record ExpectedWarning(string SubjectId, string IndicatorId, LocalDate Date, string? Text, SourceLocation Location)
{
    /// <summary>Gets how mismatches name the warning: subject, indicator and date.</summary>
    public string Key => KeyOf(SubjectId, IndicatorId, Date);

    /// <summary>Names a warning by subject, indicator and date, as mismatches do.</summary>
    /// <param name="subjectId">The subject's id.</param>
    /// <param name="indicatorId">The indicator's id.</param>
    /// <param name="date">The date.</param>
    /// <returns>The name: the subject, the indicator and the date, separated by spaces.</returns>
    internal static string KeyOf(string subjectId, string indicatorId, LocalDate date) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{subjectId} {indicatorId} {date:uuuu-MM-dd}");
}
