namespace Compliance.Rules.Cli.Commands;

/// <summary>
/// Every text the <c>forecast</c> command and <c>evaluate --warn</c> show a user (help and messages), in one place so that
/// they are translated together.
/// </summary>
internal static class ForecastTexts
{
    /// <summary>The command's description in <c>--help</c>.</summary>
    public const string Command =
        "Forecast what will fail, and when, if no new facts arrive (预警): evaluate the facts at the as-of date and at every later date where a time window, deadline or age threshold changes, and list the warnings by date and unit, the messages waiting for an answer, and each subject's first change.";

    /// <summary>The help of <c>--facts</c>.</summary>
    public const string Facts = "The facts: a .json, .yaml or .csv file, or a folder of them, as evaluate reads them.";

    /// <summary>The help of <c>--as-of</c>.</summary>
    public const string AsOf = "The monitoring time point (YYYY-MM-DD) the forecast starts from.";

    /// <summary>The help of <c>--days</c>.</summary>
    public const string Days = "How many days to look ahead, 1 to 366 (14 by default): the forecast covers the as-of date's next day to this many days after it.";

    /// <summary>The help of <c>--format</c>.</summary>
    public const string Format = "The report format: md, csv, json or xlsx (xlsx needs --out).";

    /// <summary>The help of <c>--out</c>.</summary>
    public const string Out = "Write the report to this file instead of standard output.";

    /// <summary>The help of <c>--assume-complete</c>.</summary>
    public const string AssumeComplete = "Read the facts in a closed world, as evaluate --assume-complete does.";

    /// <summary>The help of <c>evaluate --warn</c>.</summary>
    public const string WarnOption = "Add a 预警 section: the warnings due at the as-of date, each as far ahead as its indicator's warn_ahead says (the revision's setting otherwise).";

    /// <summary>The message for xlsx without <c>--out</c>.</summary>
    public const string XlsxNeedsOut = "xlsx is a binary workbook: give the file to write with --out, such as --out forecast.xlsx";

    /// <summary>The name of the report, for the message about docx.</summary>
    public const string ReportName = "the forecast report";

    /// <summary>Tells that <c>--days</c> is out of range.</summary>
    /// <param name="days">The value given.</param>
    /// <returns>The message.</returns>
    public static string DaysOutOfRange(int days) => $"--days {days} is not a number of days to look ahead: expected 1 to 366";

    /// <summary>Tells that the rule set did not load.</summary>
    /// <param name="rules">The rule set as given.</param>
    /// <returns>The message.</returns>
    public static string RulesNotLoaded(string rules) => $"the rule set '{rules}' could not be loaded; run 'compliance-rules validate {rules}' for every diagnostic";

    /// <summary>Tells that the facts' inspector findings do not fit the rule set.</summary>
    /// <param name="count">How many do not fit.</param>
    /// <param name="facts">The facts as given.</param>
    /// <param name="rules">The rule set as given.</param>
    /// <returns>The message.</returns>
    public static string FindingsMisfit(int count, string facts, string rules) =>
        $"{count} inspector finding(s) in the facts '{facts}' do not fit the rule set '{rules}': nothing was forecast";
}
