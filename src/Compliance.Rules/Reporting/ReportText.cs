using System.Globalization;
using Compliance.Rules.Facts;
using NodaTime;
using Compliance.Rules.Labels;

namespace Compliance.Rules.Reporting;

/// <summary>How reports write numbers, rates, dates and labels: the way the notices print them.</summary>
internal static class ReportText
{
    /// <summary>Formats a score with one decimal place, rounded half-up (<c>100.4</c>, <c>114.0</c>).</summary>
    /// <param name="score">The score.</param>
    /// <returns>The text.</returns>
    public static string Score(decimal score) =>
        Math.Round(score, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>Formats a rate in percent without trailing zeros (<c>100%</c>, <c>98.71%</c>).</summary>
    /// <param name="percent">The rate in percent.</param>
    /// <returns>The text.</returns>
    public static string Rate(decimal percent) => percent.ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>Formats a count.</summary>
    /// <param name="count">The count.</param>
    /// <returns>The text.</returns>
    public static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a yes/no answer as the notices do (是/否).</summary>
    /// <param name="value">The answer.</param>
    /// <returns>是 or 否.</returns>
    public static string YesNo(bool value) => value ? "是" : "否";

    /// <summary>Formats a date as a Chinese month and day (<c>6月27日</c>).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string MonthDay(LocalDate date) => string.Create(CultureInfo.InvariantCulture, $"{date.Month}月{date.Day}日");

    /// <summary>Formats a date in full (<c>2024年6月27日</c>).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string FullDate(LocalDate date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    /// <summary>Gets the Chinese label of an enumeration value (政府网站, 合格, 我为政府网站找错).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The label.</returns>
    public static string Label(Enum value) => EnumVocabulary.LabelOf(value);

    /// <summary>Gets the language name of an enumeration value, as JSON writes it (<c>deduction</c>, <c>newly_failing</c>).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The name.</returns>
    public static string Name(Enum value) => EnumVocabulary.NameOf(value);
}
