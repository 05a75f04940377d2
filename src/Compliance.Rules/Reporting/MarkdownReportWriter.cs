using Compliance.Rules.Facts;
using Compliance.Rules.PlainText;

namespace Compliance.Rules.Reporting;

/// <summary>
/// Writes a report as Markdown: a heading with the rule set and the as-of date, the summary as sentences in the
/// notice's wording, then every list as a table (an empty list as 无).
/// </summary>
/// <remarks>
/// Markdown is shown on terminals: text from the facts and the rule set is written through <see cref="VisibleText"/>,
/// so that an ESC or a bidirectional override in a name is shown, never obeyed, and a <c>|</c> or line break in a cell
/// cannot break its table (<c>\|</c>, a space).
/// </remarks>
internal static class MarkdownReportWriter
{
    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(BatchReport report, TextWriter output)
    {
        var revision = report.Revision;
        output.WriteLine("# 政府网站与政务新媒体检查结果");
        output.WriteLine();
        output.WriteLine(Line($"- 检查依据：{revision.Title}（{revision.Document}；规则集 {revision.Id}{(revision.Extends is null ? string.Empty : "，在 " + revision.Extends + " 基础上")}）"));
        output.WriteLine($"- 核查日期：{ReportText.FullDate(report.AsOf)}");
        output.WriteLine($"- 数据覆盖：{ReportNotes.Coverage(report.Result.Coverage)}");
        if (report.Result.Provenance is { } provenance)
        {
            output.WriteLine($"- 来源：{ReportNotes.Provenance(provenance)}");
        }

        output.WriteLine($"- 指标依据：{ReportNotes.ProvenanceCounts(revision)}");

        output.WriteLine();
        output.WriteLine("## 总体情况");
        output.WriteLine();
        foreach (var kind in report.Subjects)
        {
            output.WriteLine($"- {ReportText.Label(kind.Kind)}：{Counts(kind)}");
        }

        foreach (var line in report.Messages)
        {
            output.WriteLine($"- “{ReportText.Label(line.Channel)}”留言：收到{line.Received}条，按期答复{line.AnsweredOnTime}条，逾期{line.Overdue}条，未到期待答复{line.Pending}条，按期答复率{ReportText.Rate(line.OnTimeRate)}。");
        }

        foreach (var table in new[] { report.NotAssessedSubjects, report.FailedWebsites, report.FailedAccounts, report.WebsiteScores, report.EarlyWarnings })
        {
            if (table is not null)
            {
                output.WriteLine();
                WriteTable(table, output);
            }
        }

        if (!report.Result.Warnings.IsDefaultOrEmpty)
        {
            output.WriteLine();
            output.WriteLine("## 提示");
            output.WriteLine();
            foreach (var warning in report.Result.Warnings)
            {
                output.WriteLine($"- {Cell(warning.ToString())}");
            }
        }
    }

    // 检查41个，合格41个，不合格0个，合格率100%。 — with the subjects without a verdict and the partial passes when there are any.
    private static string Counts(Results.KindSummary kind)
    {
        var notAssessed = kind.NotAssessed > 0 ? $"，无法评估{kind.NotAssessed}个" : string.Empty;
        var partial = kind.PassedOnPartialData > 0 ? $"（其中{kind.PassedOnPartialData}个合格结论基于部分数据，见数据覆盖）" : string.Empty;
        var excluded = kind.Excluded > 0 ? $"另有{kind.Excluded}个不纳入检查。" : string.Empty;
        return $"检查{kind.Total}个，合格{kind.Passed}个，不合格{kind.Failed}个{notAssessed}，合格率{ReportText.Rate(kind.PassRate)}{partial}。{excluded}";
    }

    internal static void WriteTable(ReportTable table, TextWriter output)
    {
        output.WriteLine(Line($"## {table.Title}"));
        output.WriteLine();
        if (table.Rows.IsEmpty)
        {
            output.WriteLine("无。");
            return;
        }

        output.WriteLine("| " + string.Join(" | ", table.Columns.Select(c => Cell(c.Title))) + " |");
        output.WriteLine("|" + string.Join("|", table.Columns.Select(c => c.Kind == ReportColumnKind.Text ? "---" : "---:")) + "|");
        foreach (var row in table.Rows)
        {
            output.WriteLine("| " + string.Join(" | ", row.Select(Cell)) + " |");
        }
    }

    internal static string Line(string text) => VisibleText.Of(text.ReplaceLineEndings(" "));

    // A line break or '|' would break the table; a control character would act on the terminal the report is shown on.
    private static string Cell(string text) =>
        VisibleText.Of(text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ").Replace('\t', ' '));
}
