namespace Compliance.Rules.Facts;

/// <content>The subject types: websites, new-media accounts and supervising bodies.</content>
internal static partial class FactVocabulary
{
    private static readonly FactTypeTerms[] SubjectTypes =
    [
        SubjectTerms<Website>(SubjectKind.Website, new("政府网站", "A government website"), ["websites", "website", "网站", "政府网站"],
        [
            Field(nameof(Website.Id), "id", new("网站在本批中的唯一标识，如网站标识码。", "The site's unique id in the batch, such as its 网站标识码."), "网站标识码", "网站编号", "编号"),
            Field(nameof(Website.Name), "name", new("网站名称。", "The site's name."), "网站名称"),
            Field(nameof(Website.Organiser), "organiser", new("主办单位。", "The organising unit."), "主办单位"),
            Field(nameof(Website.IsPortal), "is_portal", new("是否为政府门户网站（否则为部门网站）。", "Whether the site is a government portal rather than a department site."), "是否门户", "是否门户网站"),
            Field(nameof(Website.ProvidesExternalServices), "provides_external_services", new("主办单位是否有对外服务职能；无此职能的门户网站不考核办事服务指标。", "Whether the organiser has external service functions; portals without them are scored without the service indicators."), "是否有对外服务职能", "对外服务职能"),
            Field(nameof(Website.Level), "level", new("主办单位的行政级别。", "The administrative level of the organiser."), "行政级别", "层级"),
            Field(nameof(Website.HomepageIsNavigationOnly), "homepage_is_navigation_only", new("首页是否仅为栏目导航入口（默认否）。", "Whether the homepage is only a navigation entry to the columns (default false)."), "首页仅为导航", "首页是否仅为导航"),
            Field(nameof(Website.Kind), "kind", new("对象类别（政府网站）。", "The subject kind (政府网站).")),
        ]),
        SubjectTerms<NewMediaAccount>(SubjectKind.NewMedia, new("政务新媒体账号", "A government new-media account"), ["new_media", "政务新媒体", "新媒体"],
        [
            Field(nameof(NewMediaAccount.Id), "id", new("账号在本批中的唯一标识。", "The account's unique id in the batch."), "账号编号", "账号ID", "编号"),
            Field(nameof(NewMediaAccount.Name), "name", new("账号名称。", "The account's name."), "账号名称"),
            Field(nameof(NewMediaAccount.Operator), "operator", new("开设主体。", "The body that opened the account."), "开设主体"),
            Field(nameof(NewMediaAccount.AccountType), "account_type", new("账号类型，如微信订阅号、微信服务号、新浪微博、抖音号。", "The platform and account type as published, such as 微信订阅号."), "账号类型"),
            Field(nameof(NewMediaAccount.Unit), "unit", new("账号所属单位（通报中的“单位”）。", "The supervising unit the account is reported under."), "单位"),
            Field(nameof(NewMediaAccount.Status), "status", new("账号状态：正常或关停。", "Whether the account is active or closed."), "账号状态", "状态"),
            Field(nameof(NewMediaAccount.ProvidesInteraction), "provides_interaction", new("是否提供有效互动功能（默认是）。", "Whether the account offers an effective interaction function (default true)."), "是否提供互动功能", "互动功能"),
            Field(nameof(NewMediaAccount.Kind), "kind", new("对象类别（政务新媒体）。", "The subject kind (政务新媒体).")),
        ]),
        SubjectTerms<SupervisingBody>(SubjectKind.Supervisor, new("监管单位", "A body assessed for its supervision of websites and new media"), ["supervisors", "supervisor", "监管单位"],
        [
            Field(nameof(SupervisingBody.Id), "id", new("单位在本批中的唯一标识。", "The body's unique id in the batch."), "单位编号", "编号"),
            Field(nameof(SupervisingBody.Name), "name", new("单位名称，如某省人民政府办公厅。", "The body's name, such as 某省人民政府办公厅."), "单位名称"),
            Field(nameof(SupervisingBody.Level), "level", new("监管范围：省级地区或国务院部门。", "Whether it supervises a province-level region or a State Council department."), "行政级别", "层级"),
            Field(nameof(SupervisingBody.AllWebsitesOnIntensivePlatform), "all_websites_on_intensive_platform", new("所辖政府网站是否全部迁入集约化平台（默认否）。", "Whether every government website of the region or department has moved onto an intensive shared platform (default false)."), "网站全部迁入集约化平台", "集约化平台"),
            Field(nameof(SupervisingBody.Kind), "kind", new("对象类别（监管单位）。", "The subject kind (监管单位).")),
        ]),
    ];
}
