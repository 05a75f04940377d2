namespace Compliance.Rules.Tests.Cli;

/// <summary>The <c>diff</c> command: indicators added, removed and changed between two revisions.</summary>
public sealed class DiffCommandTest
{
    [Fact]
    public void Diff_Census2015To2019_ListsAddedRemovedAndChangedIndicators()
    {
        var (exit, output, _) = CliRun.Run("diff", "builtin:gb-2015", "builtin:gb-2019");

        exit.Should().Be(0);
        var lines = CliRun.Lines(output);
        lines[0].Should().Be("--- gb-2015 全国政府网站普查评分表 (国办发〔2015〕15号, in force from 2015-03-24, national)");
        lines[1].Should().Be("+++ gb-2019 政府网站与政务新媒体检查指标 (国办秘函〔2019〕19号, in force from 2019-04-18, national)");
        lines.Should().Contain(
        [
            "scoring bonus_max: 0 → 30",
            "scoring without_external_services: (none) → excluded [W-D2], base 75, scale 4/3",
            "group added   W-D1 发布解读 (deduction, max 31)",
            "group removed P-D1 网站可用性 (deduction, max 100)",
            "added   W-V1a 安全、泄密事故等严重问题（出现严重表述错误）",
            "added   NM-V2 内容不更新",
            "removed P-V4a 严重错误（严重错别字）",
            "removed P-D4c 在线系统",
        ]);
        lines.Should().ContainInOrder(
            "changed W-V4a 栏目不更新（动态要闻、通知公告、政策文件类栏目）",
            "  when.count.where.any[2].is_top_level: (none) → true",
            "  reason: 动态、要闻类栏目2周内未更新及通知公告、政策文件类栏目6个月内未更新累计{count}个，超过(含){threshold}个 → 动态、要闻类栏目2周内未更新及通知公告、政策文件类一级栏目6个月内未更新累计{count}个，超过(含){threshold}个",
            "changed W-V5b 互动回应差（超过3个月未回应有效留言）",
            "  when.each.where.valid: (none) → true");
        lines.Should().NotContain(line => line.StartsWith("changed W-V4b", StringComparison.Ordinal) || line.StartsWith("changed W-V4c", StringComparison.Ordinal));
        lines[^1].Should().Be("54 added, 12 removed, 6 changed, 2 unchanged");
    }

    [Fact]
    public void Diff_ThresholdAndPointsChanged_ShowsOldAndNewValues()
    {
        var before = Veto("""
              count: { of: column, where: { is_blank: true } }
              gte: 5
            reason: 空白栏目{count}个
            """);
        using var old = new TempRevision("old", before);
        using var updated = new TempRevision("new", before.Replace("gte: 5", "gte: 6", StringComparison.Ordinal).Replace("空白栏目{count}个", "空白栏目累计{count}个", StringComparison.Ordinal));

        var (exit, output, _) = CliRun.Run("diff", old.Folder, updated.Folder);

        exit.Should().Be(0);
        CliRun.Lines(output).Skip(2).Should().Equal(
            "changed X-1 栏目不更新",
            "  when.gte: 5 → 6",
            "  reason: 空白栏目{count}个 → 空白栏目累计{count}个",
            "0 added, 0 removed, 1 changed, 0 unchanged");
    }

    [Fact]
    public void Diff_CategoryListChangedAndABranchAdded_ShowsEachChangeByItsPath()
    {
        var indicator = Veto("""
              count:
                of: column
                where:
                  any:
                    - { category: [通知公告, 政策文件], last_updated: { not_within: { months: 6 } } }
              gte: 5
            reason: 栏目{count}个未更新
            """);
        using var old = new TempRevision("old", indicator);
        using var updated = new TempRevision("new", indicator.Replace(
            "- { category: [通知公告, 政策文件], last_updated: { not_within: { months: 6 } } }",
            "- { category: [政策文件], last_updated: { not_within: { months: 6 } } }\n            - { category: 动态要闻, last_updated: { not_within: { calendar_days: 14 } } }",
            StringComparison.Ordinal));

        var (exit, output, _) = CliRun.Run("diff", old.Folder, updated.Folder);

        exit.Should().Be(0);
        CliRun.Lines(output).Skip(2).Should().Equal(
            "changed X-1 栏目不更新",
            "  when.count.where.any[1].category: [通知公告, 政策文件] → [政策文件]",
            "  when.count.where.any[2]: (none) → {category: 动态要闻, last_updated: {not_within: {calendar_days: 14}}}",
            "0 added, 0 removed, 1 changed, 0 unchanged");
    }

    [Fact]
    public void Diff_UnknownRevision_FailsWithExitCode2()
    {
        var (exit, _, error) = CliRun.Run("diff", "builtin:gb-1999", "builtin:gb-2019");

        exit.Should().Be(2);
        error.Should().StartWith("error: the rule set 'builtin:gb-1999' has 1 error(s):");
    }

    // A veto X-1 (栏目不更新) whose 'when' and what follows it are given, indented as the indicator's keys.
    private static string Veto(string whenAndReason) =>
        "indicators:\n  - id: X-1\n    name: 栏目不更新\n    kind: veto\n    applies_to: website\n    source: 测试 1\n    provenance: confirmed\n    when:\n"
        + string.Concat(whenAndReason.Split('\n').Select(line => "    " + line + "\n"));
}
