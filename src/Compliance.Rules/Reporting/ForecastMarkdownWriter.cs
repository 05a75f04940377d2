namespace Compliance.Rules.Reporting;

/// <summary>
/// Writes a forecast report as Markdown: a heading with the rule set, the as-of date and the days looked ahead, the
/// summary as sentences, then every table (an empty list as 无), through the same escaping as <see cref="MarkdownReportWriter"/>.
/// </summary>
internal static class ForecastMarkdownWriter
{
    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(ForecastReport report, TextWriter output)
    {
        var result = report.Result;
        var revision = report.Revision;
        output.WriteLine($"# 预警：如无新情况，未来{result.Days}天的预计变化");
        output.WriteLine();
        output.WriteLine(MarkdownReportWriter.Line($"- 检查依据：{revision.Title}（{revision.Document}；规则集 {revision.Id}{(revision.Extends is null ? string.Empty : "，在 " + revision.Extends + " 基础上")}）"));
        output.WriteLine($"- 核查日期：{ReportText.FullDate(result.AsOf)}；预测至：{ReportText.FullDate(result.Until)}（{ForecastReport.Span(result)}，不计新采集的数据）");
        output.WriteLine($"- 数据覆盖：{ReportNotes.Coverage(result.Current.Coverage)}");
        if (result.Current.Provenance is { } provenance)
        {
            output.WriteLine($"- 来源：{ReportNotes.Provenance(provenance)}");
        }

        output.WriteLine();
        output.WriteLine("## 预警概况");
        output.WriteLine();
        foreach (var kind in report.Kinds)
        {
            output.WriteLine(
                $"- {ReportText.Label(kind.Kind)}：当前合格{kind.PassedNow}个、不合格{kind.FailedNow}个；预计{ReportText.MonthDay(result.Until)}合格{kind.PassedThen}个、"
                + $"不合格{kind.FailedThen}个（新增不合格{kind.NewlyFailing}个），结果有变化{kind.Changing}个；预警{kind.Warnings}条，其中{kind.DueWarnings}条已进入预警期。");
        }

        var overdue = result.PendingMessages.Count(p => p.OverdueFrom <= result.Until);
        output.WriteLine($"- 待答复留言：{result.PendingMessages.Length}条，其中{overdue}条将在预测期内逾期。");
        foreach (var table in report.Tables.Skip(1))
        {
            output.WriteLine();
            MarkdownReportWriter.WriteTable(table, output);
        }

        if (!result.Current.Warnings.IsDefaultOrEmpty)
        {
            output.WriteLine();
            output.WriteLine("## 提示");
            output.WriteLine();
            foreach (var warning in result.Current.Warnings)
            {
                output.WriteLine(MarkdownReportWriter.Line($"- {warning}"));
            }
        }
    }
}
