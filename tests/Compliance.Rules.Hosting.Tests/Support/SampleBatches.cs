using Compliance.Rules.Facts;
using NodaTime;

namespace Compliance.Rules.Hosting.Tests.Support;

/// <summary>Small batches whose verdict tells which NM-V2 window evaluated them.</summary>
internal static class SampleBatches
{
    public static readonly LocalDate AsOf = new(2024, 6, 27);

    /// <summary>
    /// One active account whose last post was 10 days before the as-of date (06-17): within a 14-day window (passes under
    /// the shipped 兵团 overlay), outside a 7-day one (fails with the window edited to 7 days).
    /// </summary>
    public static FactBatch AccountLastPostedTenDaysBefore() => FactBatch.Of(
        [new NewMediaAccount("wx-1", "兵团测试发布", "兵团办公厅", "微信订阅号", "兵团办公厅", AccountStatus.Active)],
        [new Publication("p-1", "wx-1", ColumnId: null, Published: AsOf.PlusDays(-10), Title: "工作动态")]);
}
