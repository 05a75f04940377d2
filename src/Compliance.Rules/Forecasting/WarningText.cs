using System.Globalization;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Authoring.Templates;
using Compliance.Rules.Results;
using NodaTime;

namespace Compliance.Rules.Forecasting;

/// <summary>
/// The wording of a warning: the indicator's <c>warn:</c> template rendered with the finding's values at the date of the
/// change and <c>date</c>, <c>days</c>, <c>working_days</c>; or, for an indicator without one, the notice's style:
/// 将于{date}因{reason}不合格 for a veto.
/// </summary>
internal static class WarningText
{
    /// <summary>Words a warning.</summary>
    /// <param name="indicator">The indicator, or the sub-rule, that made the finding.</param>
    /// <param name="finding">The finding concerned.</param>
    /// <param name="what">What happens.</param>
    /// <param name="change">The subject's change.</param>
    /// <param name="asOf">The as-of date the forecast starts from.</param>
    /// <param name="workingDays">The working days left before the change.</param>
    /// <returns>The text.</returns>
    public static string Of(Indicator indicator, Finding finding, ForecastEvent what, ForecastChange change, LocalDate asOf, int workingDays)
    {
        if (indicator.Warn is { } template)
        {
            var values = new Dictionary<string, object?>(4, StringComparer.Ordinal)
            {
                ["as_of"] = asOf,
                [PlaceholderCatalog.WarningDate] = change.Date,
                [PlaceholderCatalog.WarningDays] = Period.DaysBetween(asOf, change.Date),
                [PlaceholderCatalog.WarningWorkingDays] = workingDays,
            };
            return template.Render(values, finding.TemplateValues);
        }

        // Joined with string.Concat rather than interpolated: a national forecast words 130,000 warnings, and each
        // interpolation rented and returned a buffer.
        var date = string.Concat("将于", change.Date.Month.ToString(CultureInfo.InvariantCulture), "月", change.Date.Day.ToString(CultureInfo.InvariantCulture), "日");
        return what switch
        {
            ForecastEvent.BonusLost => string.Concat(date, "失去加分：", finding.Reason, Outcome(change)),
            ForecastEvent.DeductionGrows => string.Concat([date, "因", finding.Reason, "扣分增至", Points(Applied(change.After, finding.IndicatorId)), "分", Outcome(change)]),
            _ when finding.Kind == IndicatorKind.Veto => string.Concat(date, "因", finding.Reason, "不合格"),
            _ when finding.Points > 0 => string.Concat([date, "因", finding.Reason, "扣", Points(finding.Points), "分", Outcome(change)]),
            _ => string.Concat(date, "出现问题：", finding.Reason, Outcome(change)),
        };
    }

    /// <summary>Gets the points an indicator counts in an assessment (its capped score line), or 0.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="indicatorId">The indicator.</param>
    /// <returns>The points.</returns>
    public static decimal Applied(Assessment assessment, string indicatorId) =>
        assessment.ScoreLines.FirstOrDefault(l => !l.IsGroup && l.Id == indicatorId)?.Applied ?? 0m;

    // "，届时不合格" when the change fails the subject, "，得分100.0→98.0" when it only moves the score.
    private static string Outcome(ForecastChange change)
    {
        if (change.VerdictChanges && change.After.Verdict == Verdict.Fail)
        {
            return change.After.Total is { } total ? string.Concat("（得分", Score(total), "，届时不合格）") : "（届时不合格）";
        }

        return change.Before.Total is { } before && change.After.Total is { } after && before != after
            ? string.Concat("（得分", Score(before), "→", Score(after), "）")
            : string.Empty;
    }

    private static string Points(decimal points) => points.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Score(decimal score) =>
        Math.Round(score, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);
}
