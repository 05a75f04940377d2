using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Facts;
using Compliance.Rules.Reporting;
using NodaTime;

namespace Compliance.Rules.Tests.Reporting;

/// <summary>
/// A small batch evaluated with the report-test rule set at 2024-06-27 (Xinjiang calendar): six websites (a veto, a
/// fail below the gate, two tied totals of 103, a department site not eligible for bonus points) and four accounts (two
/// stale, one posting exactly 14 days before, one closed), and four "我为政府网站找错" messages (on time across
/// 古尔邦节, late, overdue unanswered, pending).
/// </summary>
internal static class ReportFixture
{
    public static readonly LocalDate AsOf = new(2024, 6, 27);

    private static readonly Lazy<CompiledRuleSet> LazyRules = new(() =>
        RuleSet.LoadDirectory(Path.Combine(TestPaths.RepoRoot, "tests", "Compliance.Rules.Tests", "Reporting", "report-test")));

    private static readonly Lazy<BatchReport> LazyReport = new(() => Create(Compiled.Revision));

    public static CompiledRuleSet Compiled => LazyRules.Value;

    public static BatchReport Report => LazyReport.Value;

    public static FactBatch Batch { get; } = FactBatch.Of(
        [
            Site("W1", "门户甲", portal: true),
            Site("W2", "部门乙", portal: false),
            Site("W3", "门户丙", portal: true),
            Site("W4", "门户丁", portal: true),
            Site("W5", "门户戊", portal: true),
            Site("W6", "门户己", portal: true),
            new NewMediaAccount("A1", "兵团禁毒", "兵团公安局禁毒总队", "微信订阅号", "兵团公安局", AccountStatus.Active),
            new NewMediaAccount("A2", "账号|竖线", "某局", "新浪微博", "某单位", AccountStatus.Active),
            new NewMediaAccount("A3", "账号丙", "某局", "抖音号", "某单位", AccountStatus.Active),
            new NewMediaAccount("A4", "关停账号", "某局", "微信订阅号", "某单位", AccountStatus.Closed),
        ],
        [
            new InspectorFinding("F1", "W1", "R-JUDGED", Points: 2m, Note: "解读未关联"),
            new InspectorFinding("F2", "W1", "R-BONUS", Points: 5m, Note: "信息发布加分"),
            new InspectorFinding("F3", "W2", "R-BONUS", Points: 4m, Note: "部门网站不参与加分"),
            new ContentIssue("I1", "W3", ContentIssueKind.SecretLeak, new LocalDate(2024, 6, 20), "转发涉密文件截图"),
            new InspectorFinding("F4", "W4", "R-JUDGED", Points: 3m, Note: "栏目冗余"),
            new InspectorFinding("F5", "W4", "R-BONUS", Points: 3m, Note: "互动交流加分"),
            new InspectorFinding("F6", "W5", "R-JUDGED", Points: 45m, Note: "多项问题"),
            new InspectorFinding("F7", "W6", "R-BONUS", Points: 3m, Note: "办事服务加分"),
            new Message("M1", "W2", MessageChannel.ErrorReport, new LocalDateTime(2024, 6, 14, 9, 45), new LocalDateTime(2024, 6, 24, 15, 10)),
            new Message("M2", "W2", MessageChannel.ErrorReport, new LocalDateTime(2024, 6, 3, 9, 0), new LocalDateTime(2024, 6, 7, 10, 0)),
            new Message("M3", "W2", MessageChannel.ErrorReport, new LocalDateTime(2024, 6, 17, 8, 0), null),
            new Message("M4", "W2", MessageChannel.ErrorReport, new LocalDateTime(2024, 6, 26, 8, 0), null),
            new Message("M5", "W2", MessageChannel.LeaderMailbox, new LocalDateTime(2024, 6, 3, 9, 0), null),
            new Publication("P1", "A1", null, new LocalDate(2024, 6, 10), "禁毒宣传"),
            new Publication("P2", "A2", null, new LocalDate(2024, 6, 13), "通知"),
            new Publication("P3", "A3", null, new LocalDate(2024, 5, 1), "节日问候"),
        ]);

    /// <summary>Creates the report of the batch with other report settings.</summary>
    public static BatchReport Create(ReportSettings settings) => Create(new RuleRevision(Compiled.Revision) { Report = settings });

    private static BatchReport Create(RuleRevision revision) => BatchReport.Create(Compiled.Evaluate(Batch, AsOf), revision, Batch);

    private static Website Site(string id, string name, bool portal) => new(id, name, name + "办公室", portal, true, AdministrativeLevel.Province);
}
