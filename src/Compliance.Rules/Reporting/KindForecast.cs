using Compliance.Rules.Facts;

namespace Compliance.Rules.Reporting;

/// <summary>One line of a forecast report's summary: the subjects of a kind now and at the forecast's last date.</summary>
/// <param name="Kind">The subject kind.</param>
/// <param name="PassedNow">How many pass at the as-of date.</param>
/// <param name="FailedNow">How many fail at the as-of date.</param>
/// <param name="PassedThen">How many pass at the last date if nothing new happens.</param>
/// <param name="FailedThen">How many fail then.</param>
/// <param name="NewlyFailing">How many pass now and fail then.</param>
/// <param name="Changing">How many change verdict, score or findings in between.</param>
/// <param name="Warnings">How many warnings there are.</param>
/// <param name="DueWarnings">How many of them lie within their indicator's <c>warn_ahead</c>.</param>
internal sealed record KindForecast(SubjectKind Kind, int PassedNow, int FailedNow, int PassedThen, int FailedThen, int NewlyFailing, int Changing, int Warnings, int DueWarnings);
