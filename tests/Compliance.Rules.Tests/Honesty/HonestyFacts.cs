using System.Collections.Immutable;
using Compliance.Rules.Facts;
using NodaTime;

namespace Compliance.Rules.Tests.Honesty;

/// <summary>Small batches for the honest-verdict tests: a portal that meets every veto of gb-2019 at 2024-06-27, and accounts.</summary>
internal static class HonestyFacts
{
    public static readonly LocalDate AsOf = new(2024, 6, 27);

    public static Website Portal(string id = "P", bool services = true) =>
        new(id, "某市人民政府", "某市人民政府办公室", IsPortal: true, ProvidesExternalServices: services, AdministrativeLevel.Prefecture);

    public static NewMediaAccount Account(string id, AccountStatus status = AccountStatus.Active) =>
        new(id, "某市发布" + id, "某市人民政府办公室", "微信订阅号", "某市", status);

    /// <summary>The facts that keep a portal clear of every veto and of the measured deductions of gb-2019.</summary>
    public static IEnumerable<Observation> CleanPortal(string id = "P", bool guides = true)
    {
        yield return new Publication($"{id}-home", id, null, AsOf.PlusDays(-1), "工作动态", OnHomepage: true);
        yield return new Column($"{id}-news", id, "工作动态", ColumnCategory.News, true, true, false, AsOf.PlusDays(-1));
        yield return new Column($"{id}-notice", id, "通知公告", ColumnCategory.Notices, true, true, false, AsOf.PlusDays(-2));
        yield return new Column($"{id}-policy", id, "政策文件", ColumnCategory.PolicyDocuments, true, false, false, AsOf.PlusDays(-20));
        yield return new Column($"{id}-stats", id, "办事统计", ColumnCategory.ServiceStatistics, false, false, false, AsOf.PlusDays(-20));
        yield return new Column($"{id}-ask", id, "政务咨询", ColumnCategory.Consultation, true, true, false, AsOf.PlusDays(-5));
        yield return new Column($"{id}-overview", id, "概况信息", ColumnCategory.Overview, true, false, false, AsOf.PlusDays(-30));
        yield return new Column($"{id}-functions", id, "机构职能", ColumnCategory.Functions, true, false, false, AsOf.PlusDays(-30));
        yield return new Column($"{id}-leaders", id, "领导信息", ColumnCategory.Leaders, true, false, false, AsOf.PlusDays(-30));
        yield return new Column($"{id}-readings", id, "政策解读", ColumnCategory.PolicyInterpretation, true, false, false, AsOf.PlusDays(-20));
        yield return new Column($"{id}-replies", id, "留言统计", ColumnCategory.MessageStatistics, false, false, false, AsOf.PlusDays(-20));
        yield return new Message($"{id}-m1", id, MessageChannel.LeaderMailbox, new LocalDateTime(2024, 6, 3, 10, 0), new LocalDateTime(2024, 6, 5, 10, 0));
        if (guides)
        {
            yield return new ServiceGuide($"{id}-g1", id, "户籍迁移登记", ImmutableArray<GuideElement>.Empty, ImmutableArray<GuideElement>.Empty);
        }
    }

    public static Publication Post(string id, string account, LocalDate published) => new(id, account, null, published, "推文");
}
