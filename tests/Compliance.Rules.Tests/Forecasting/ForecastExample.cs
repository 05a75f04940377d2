using Compliance.Rules.Facts;
using NodaTime;

namespace Compliance.Rules.Tests.Forecasting;

/// <summary>
/// The example under builtin:xjbt-2024 at 2024-06-27: an active account whose last post was on 2024-06-20, and a
/// 我为政府网站找错 message received 2024-06-25 10:00 on a website, not answered.
/// </summary>
/// <remarks>
/// Worked out by hand from the rule texts. The account: a post counts when 14 days before the as-of date or later
/// (as-of − 14 ≤ published), so 6月20日 counts up to as-of 7月4日 and not on 7月5日 (7月5日 − 14 = 6月21日): it fails from
/// 7月5日, 8 days after 6月27日, "6月21日起未更新". The message, on the cn-xj calendar (no holiday that week): received Tue 6月25日,
/// its 3 working days are 6/26, 6/27, 6/28, so the deadline is Fri 6月28日 and it is overdue from Sat 6月29日, when an
/// answer would count as the next working day, the fourth; on Thu 6月27日 one working day (Friday) is left.
/// </remarks>
internal static class ForecastExample
{
    public static readonly LocalDate AsOf = new(2024, 6, 27);

    public static readonly Lazy<CompiledRuleSet> Rules = new(() => RuleSet.BuiltIn("xjbt-2024"));

    public static FactBatch Batch() => FactBatch.Of(
        subjects:
        [
            new Website("W1", "第一师阿拉尔市", "第一师阿拉尔市党政办", IsPortal: true, ProvidesExternalServices: true, AdministrativeLevel.Prefecture),
            new NewMediaAccount("A1", "阿拉尔发布", "第一师阿拉尔市融媒体中心", "微信订阅号", "第一师阿拉尔市", AccountStatus.Active),
        ],
        observations:
        [
            new Publication("p1", "A1", ColumnId: null, Published: new LocalDate(2024, 6, 20), Title: "防汛工作部署"),
            new Message("m1", "W1", MessageChannel.ErrorReport, new LocalDateTime(2024, 6, 25, 10, 0), Answered: null),
        ]);
}
