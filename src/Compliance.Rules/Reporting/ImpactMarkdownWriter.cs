namespace Compliance.Rules.Reporting;

/// <summary>
/// Writes an impact report as Markdown: a heading with both revisions and the as-of date, the summary as sentences,
/// then every other table (an empty list as 无), through the same escaping as <see cref="MarkdownReportWriter"/>.
/// </summary>
internal static class ImpactMarkdownWriter
{
    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(ImpactReport report, TextWriter output)
    {
        var result = report.Result;
        output.WriteLine("# 规则变更影响分析");
        output.WriteLine();
        output.WriteLine(MarkdownReportWriter.Line($"- 变更前：规则集 {report.Baseline.Id}（{report.Baseline.Title}；内容哈希 {Hash(report.Baseline)}）"));
        output.WriteLine(MarkdownReportWriter.Line($"- 变更后：规则集 {report.Candidate.Id}（{report.Candidate.Title}；内容哈希 {Hash(report.Candidate)}）"));
        output.WriteLine(result.Before.AsOf == result.After.AsOf
            ? $"- 核查日期：{ReportText.FullDate(result.After.AsOf)}"
            : $"- 核查日期：{ReportText.FullDate(result.Before.AsOf)} → {ReportText.FullDate(result.After.AsOf)}");
        output.WriteLine();
        output.WriteLine("## 影响概况");
        output.WriteLine();
        foreach (var kind in result.ByKind)
        {
            var oneSided = kind.NotComparable > 0 ? $"，仅一方评估{kind.NotComparable}个" : string.Empty;
            output.WriteLine(
                $"- {ReportText.Label(kind.Kind)}：比较{kind.Compared}个，新增不合格{kind.NewlyFailing}个，新增合格{kind.NewlyPassing}个，"
                + $"得分变化{kind.ScoreChanged}个，仅问题变化{kind.FindingsChanged}个{oneSided}；"
                + $"合格率{ReportText.Rate(kind.Before.PassRate)} → {ReportText.Rate(kind.After.PassRate)}（合格{kind.Before.Passed}个 → {kind.After.Passed}个）。");
        }

        foreach (var table in report.Tables.Skip(1))
        {
            output.WriteLine();
            MarkdownReportWriter.WriteTable(table, output);
        }

        var warnings = result.Before.Warnings.Select(w => ("变更前", w)).Concat(result.After.Warnings.Select(w => ("变更后", w))).ToList();
        if (warnings.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("## 提示");
            output.WriteLine();
            foreach (var (side, warning) in warnings)
            {
                output.WriteLine(MarkdownReportWriter.Line($"- {side}：{warning}"));
            }
        }
    }

    private static string Hash(Authoring.Model.RuleRevision revision) =>
        revision.ContentHash.Length > 12 ? revision.ContentHash[..12] : revision.ContentHash;
}
