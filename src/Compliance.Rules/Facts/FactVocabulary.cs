using System.Collections.Frozen;
using Compliance.Rules.Authoring.Grammar;

namespace Compliance.Rules.Facts;

/// <summary>
/// What the fact types, their fields and the categories mean, in Chinese and English: the part of the fact vocabulary
/// that documents it (the names are the catalogue's, <see cref="FactCatalog"/>; the CSV names are
/// <see cref="Input.CsvVocabulary"/>'s). The generated facts and rule schemas show these texts to editors.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
internal static class FactVocabulary
{
    /// <summary>The pseudo fact type under which the fields shared by every observation type are described.</summary>
    public const string AnyObservation = Input.CsvVocabulary.AnyObservation;

    /// <summary>What each field means, by fact type and snake_case field name; <c>id</c> and <c>subject_id</c> of observations are described once for all types.</summary>
    public static readonly IReadOnlyList<(string FactType, string Field, Bilingual Meaning)> Fields =
    [
        ("website", "id", new("网站在本批中的唯一标识，如网站标识码。", "The site's unique id in the batch, such as its 网站标识码.")),
        ("website", "name", new("网站名称。", "The site's name.")),
        ("website", "organiser", new("主办单位。", "The organising unit.")),
        ("website", "is_portal", new("是否为政府门户网站（否则为部门网站）。", "Whether the site is a government portal rather than a department site.")),
        ("website", "provides_external_services", new("主办单位是否有对外服务职能；无此职能的门户网站不考核办事服务指标。", "Whether the organiser has external service functions; portals without them are scored without the service indicators.")),
        ("website", "level", new("主办单位的行政级别。", "The administrative level of the organiser.")),
        ("website", "homepage_is_navigation_only", new("首页是否仅为栏目导航入口（默认否）。", "Whether the homepage is only a navigation entry to the columns (default false).")),
        ("new_media", "id", new("账号在本批中的唯一标识。", "The account's unique id in the batch.")),
        ("new_media", "name", new("账号名称。", "The account's name.")),
        ("new_media", "operator", new("开设主体。", "The body that opened the account.")),
        ("new_media", "account_type", new("账号类型，如微信订阅号、微信服务号、新浪微博、抖音号。", "The platform and account type as published, such as 微信订阅号.")),
        ("new_media", "unit", new("账号所属单位（通报中的“单位”）。", "The supervising unit the account is reported under.")),
        ("new_media", "status", new("账号状态：正常或关停。", "Whether the account is active or closed.")),
        ("new_media", "provides_interaction", new("是否提供有效互动功能（默认是）。", "Whether the account offers an effective interaction function (default true).")),
        ("supervisor", "id", new("单位在本批中的唯一标识。", "The body's unique id in the batch.")),
        ("supervisor", "name", new("单位名称，如某省人民政府办公厅。", "The body's name, such as 某省人民政府办公厅.")),
        ("supervisor", "level", new("监管范围：省级地区或国务院部门。", "Whether it supervises a province-level region or a State Council department.")),
        ("supervisor", "all_websites_on_intensive_platform", new("所辖政府网站是否全部迁入集约化平台（默认否）。", "Whether every government website of the region or department has moved onto an intensive shared platform (default false).")),
        (AnyObservation, "id", new("记录编号，在同类记录中唯一。", "The observation's id, unique among facts of its type.")),
        (AnyObservation, "subject_id", new("所涉网站或账号的 id。", "The id of the website or account it is about.")),
        ("AvailabilityProbe", "at", new("监测时间（带时区偏移的时刻）。", "When the probe was made, an instant with its offset.")),
        ("AvailabilityProbe", "reached", new("页面是否打开。", "Whether the page opened at all.")),
        ("AvailabilityProbe", "response_time", new("打开用时；未打开时为空。", "How long the page took to open; null when it never opened.")),
        ("Column", "name", new("栏目名称。", "The column's name as shown on the site.")),
        ("Column", "category", new("栏目类别。", "The column's category.")),
        ("Column", "is_top_level", new("是否一级栏目。", "Whether it is a first-level column.")),
        ("Column", "on_homepage", new("是否首页栏目。", "Whether it is shown on the homepage.")),
        ("Column", "is_blank", new("是否空白栏目（开设以来无任何信息）。", "Whether it has held no information at all since it was opened.")),
        ("Column", "last_updated", new("最近一条注明发布日期的信息的日期；无则为空（视为未更新）。", "The publication date of its most recent dated item; null when it has none (counts as not updated).")),
        ("Column", "overdue", new("是否应更新未更新（按栏目自身更新周期，默认否）。", "Whether it should have been updated under its own update cycle and was not (default false).")),
        ("ContentIssue", "kind", new("问题类型。", "What kind of problem it is.")),
        ("ContentIssue", "found_on", new("发现日期。", "The date it was found.")),
        ("ContentIssue", "description", new("问题描述。", "What was found, where.")),
        ("ContentIssue", "url", new("所涉页面或推文的地址。", "The page or post concerned, if any.")),
        ("FunctionCheck", "function", new("所测功能。", "The function tested.")),
        ("FunctionCheck", "available", new("是否提供且可用。", "Whether the site offers the function and it works.")),
        ("FunctionCheck", "browser", new("浏览器类别（兼容性检查用）。", "The browser type, for a compatibility check.")),
        ("FunctionCheck", "checked_on", new("检查日期。", "When it was tested.")),
        ("FunctionCheck", "note", new("检查说明，作为证据显示。", "What the tester saw, shown as evidence.")),
        ("InspectorFinding", "indicator_id", new("所针对指标的 id（规则集中写的）。", "The id of the indicator the finding is for, as written in the rule set.")),
        ("InspectorFinding", "occurrences", new("发现次数（默认 1）。", "How many times the problem (or merit) was found (default 1).")),
        ("InspectorFinding", "points", new("检查人员给出的分值（指标从该字段取分时）。", "The points the inspector assigns, when the indicator takes its points from the finding.")),
        ("InspectorFinding", "note", new("检查说明，作为证据显示。", "The inspector's note, shown as evidence.")),
        ("InspectorFinding", "rule", new("所针对的细则编号（指标有多条人工判定细则时）。", "The numbered sub-rule the finding is for, when its indicator has more than one sub-rule judged by an inspector.")),
        ("InterpretationSample", "sample", new("所属抽查项，如 解读关联。", "The sample it was drawn into, such as 解读关联.")),
        ("InterpretationSample", "title", new("解读稿标题。", "The interpretation's title.")),
        ("InterpretationSample", "links_to_policy", new("解读稿是否关联被解读的政策文件（默认是）。", "Whether the interpretation links to the policy document it interprets (default true).")),
        ("InterpretationSample", "linked_from_policy", new("政策文件是否关联该解读稿（默认是）。", "Whether that policy document links back to the interpretation (default true).")),
        ("InterpretationSample", "formats", new("解读形式。", "The forms it takes.")),
        ("LinkCheck", "url", new("链接目标地址。", "The link's target.")),
        ("LinkCheck", "page_url", new("链接所在页面。", "The page the link is on.")),
        ("LinkCheck", "checked_at", new("检查时间（带时区偏移的时刻）。", "When the link was checked, an instant with its offset.")),
        ("LinkCheck", "broken", new("是否无法正常打开（错链、断链）。", "Whether the link could not be opened normally.")),
        ("LinkCheck", "on_homepage", new("是否在首页。", "Whether the link is on the homepage.")),
        ("LinkCheck", "status_code", new("返回的 HTTP 状态码。", "The HTTP status code returned, if any.")),
        ("LinkCheck", "on_second_level_page", new("链接是否在二级页面（默认否）。", "Whether the link is on a second-level page (default false).")),
        ("Message", "channel", new("留言渠道。", "The channel it arrived through.")),
        ("Message", "received", new("收到时间（北京时间）。", "When it was received, in Beijing local time.")),
        ("Message", "answered", new("答复时间（北京时间）；未答复为空。", "When it was answered, in Beijing local time; null while unanswered.")),
        ("Message", "valid", new("是否有效留言（默认是）。", "Whether it is a valid message (default true); invalid ones need no answer.")),
        ("Message", "completed", new("办结时间（北京时间）。", "When the matter was completed, in Beijing local time, if it was.")),
        ("Message", "is_public", new("留言及答复是否公开（默认是）。", "Whether the message and its answer are published on the site (default true).")),
        ("Message", "unpublished_fields", new("已公开留言未公开的要素。", "For a published message, the parts the site does not show with it.")),
        ("Message", "sampled", new("是否为抽查的已公开留言（默认否）。", "Whether it is one of the published messages drawn as a sample (default false).")),
        ("PageCheck", "url", new("页面地址。", "The page's address.")),
        ("PageCheck", "page_type", new("页面类型。", "The kind of page.")),
        ("PageCheck", "error_report_entry", new("页面底部是否规范添加“我为政府网站找错”入口（默认是）。", "Whether the footer holds the 我为政府网站找错 entry as the standard requires (default true).")),
        ("PageCheck", "tags_sampled", new("是否抽入页面标签检查（默认否）。", "Whether the page was drawn into the page-tag sample (default false).")),
        ("PageCheck", "has_site_tag", new("是否有站点标签（默认是）。", "Whether the page carries the site tag (default true).")),
        ("PageCheck", "has_page_tag", new("是否有内容标签或栏目标签（默认是）。", "Whether the page carries its content or column tag (default true).")),
        ("PolicyDocumentSample", "title", new("文件标题。", "The document's title.")),
        ("PolicyDocumentSample", "interpreted", new("是否已发布解读。", "Whether an interpretation of it is published.")),
        ("Publication", "column_id", new("所在栏目 id（网站）；新媒体推文为空。", "The column it appeared in, for websites; null for new-media posts.")),
        ("Publication", "published", new("注明的发布日期；无则为空（视为未更新）。", "Its marked publication date; null when it carries none (counts as not updated).")),
        ("Publication", "title", new("标题。", "Its title.")),
        ("Publication", "on_homepage", new("是否出现在首页（默认否）。", "Whether it appeared on the homepage (default false).")),
        ("Publication", "is_repost", new("是否转载（默认否）。", "Whether it is a repost of another body's content (default false).")),
        ("Publication", "visualises_data", new("是否以图表图解等可视化方式展现和解读数据（默认否）。", "Whether it presents or explains data in charts or graphics (default false).")),
        ("SearchTest", "title", new("搜索的标题。", "The title searched.")),
        ("SearchTest", "found_on_first_page", new("是否在搜索结果第一页找到。", "Whether the item was on the first page of results.")),
        ("SearchTest", "from_lower_level_site", new("标题是否取自下级网站（默认否）。", "Whether the title was taken from a lower-level site (default false).")),
        ("ServiceGuide", "item_name", new("事项名称。", "The service item it describes.")),
        ("ServiceGuide", "missing_elements", new("缺失的重点要素类别。", "Key element categories the guide lacks.")),
        ("ServiceGuide", "inaccurate_elements", new("不准确的重点要素类别。", "Key element categories the guide states wrongly.")),
        ("ServiceGuide", "forms_downloadable", new("所需表格、附件能否正常下载（默认是）。", "Whether the forms and attachments it needs can be downloaded normally (default true).")),
        ("ServiceItemSample", "sample", new("所属抽查项，如 办事指南。", "The sample it was drawn into, such as 办事指南.")),
        ("ServiceItemSample", "item_name", new("事项名称。", "The item's name.")),
        ("ServiceItemSample", "has_guide", new("是否有办事指南（默认是）。", "Whether the item has a service guide (default true).")),
        ("ServiceItemSample", "missing_elements", new("办事指南缺失的重点要素类别。", "The key element categories its guide lacks.")),
        ("ServiceItemSample", "material_format_unclear", new("办理材料格式要求是否不明确（默认否）。", "Whether the format of the materials is unclear (default false).")),
        ("ServiceItemSample", "vague_wording", new("是否存在表述含糊不清的情形（默认否）。", "Whether the guide uses vague catch-all wording (default false).")),
        ("ServiceItemSample", "policy_by_name_only", new("提到的政策文件是否仅有名称（默认否）。", "Whether the guide cites a policy document by name only (default false).")),
        ("ServiceItemSample", "errors", new("信息错误或与实际办事要求不一致的处数（默认 0）。", "How many pieces of information are wrong or differ from the actual requirements (default 0).")),
        ("ServiceItemSample", "forms_required", new("是否要求提供申请表等表单（默认否）。", "Whether the guide asks for application forms (default false).")),
        ("ServiceItemSample", "forms_available", new("是否提供规范表格获取渠道（默认是）。", "Whether a standard way to obtain those forms is provided (default true).")),
        ("ServiceItemSample", "policy_basis_linked", new("政策文件依据是否均准确关联至本网站政策文件库（默认否）。", "Whether every policy document the item rests on is linked to the site's policy library (default false).")),
        ("SimulatedConsultation", "sample", new("所属抽查项，如 办理答复。", "The sample it belongs to, such as 办理答复.")),
        ("SimulatedConsultation", "channel", new("咨询方式。", "How the question was put.")),
        ("SimulatedConsultation", "asked", new("咨询时间（北京时间）。", "When it was asked, in Beijing local time.")),
        ("SimulatedConsultation", "answered", new("网上答复时间（北京时间）；未答复为空。", "When the answer came online, in Beijing local time; null while there is none.")),
        ("SimulatedConsultation", "answer_accurate", new("答复内容是否准确（默认否）。", "Whether the answer was accurate (default false).")),
        ("SiteCheck", "domain_compliant", new("域名是否符合规范（默认是）。", "Whether the domain name follows the rules (default true).")),
        ("SiteCheck", "named_after_organiser", new("是否以本地区本部门名称命名（默认是）。", "Whether the site is named after its region or body (default true).")),
        ("SiteCheck", "name_in_header", new("网站名称是否在全站页面头部区域显著展示（默认是）。", "Whether the site's name is shown prominently in the header of every page (default true).")),
        ("SiteCheck", "footer_missing", new("全站页面底部未清晰列明的要素。", "The footer elements not clearly listed at the bottom of the site's pages.")),
        ("SpotCheckResult", "checked_id", new("被抽查网站或账号的 id。", "The id of the website or account checked.")),
        ("SpotCheckResult", "checked_name", new("被抽查网站或账号的名称。", "The name of the website or account checked.")),
        ("SpotCheckResult", "checked_on", new("抽查日期。", "The date of the check.")),
        ("SpotCheckResult", "passed", new("是否合格。", "Whether it was judged 合格.")),
        ("SpotCheckResult", "serious_misstatement", new("是否因严重表述错误被判不合格（默认否）。", "Whether it was judged 不合格 because of a serious misstatement (default false).")),
        ("Survey", "title", new("活动名称。", "The survey's title.")),
        ("Survey", "started", new("开始日期。", "When it started.")),
        ("Survey", "by_email", new("是否仅以电子邮件形式征集（默认否）。", "Whether it collected opinions by email only (default false).")),
        ("Survey", "ended", new("结束日期；进行中为空。", "When it ended; null while it runs.")),
        ("Survey", "feedback_published", new("公开反馈结果的日期；未公开为空。", "When its results were published; null while they are not.")),
        ("website", "kind", new("对象类别（政府网站）。", "The subject kind (政府网站).")),
        ("new_media", "kind", new("对象类别（政务新媒体）。", "The subject kind (政务新媒体).")),
        ("supervisor", "kind", new("对象类别（监管单位）。", "The subject kind (监管单位).")),
    ];

    private static readonly FrozenDictionary<string, Bilingual> Types = new Dictionary<string, Bilingual>(StringComparer.Ordinal)
    {
        ["website"] = new("政府网站", "A government website"),
        ["new_media"] = new("政务新媒体账号", "A government new-media account"),
        ["supervisor"] = new("监管单位", "A body assessed for its supervision of websites and new media"),
        ["AvailabilityProbe"] = new("可用性监测", "One access to a site's homepage by a monitoring system"),
        ["Column"] = new("栏目", "A column of a website"),
        ["ContentIssue"] = new("内容问题", "A content problem found on a website or account"),
        ["FunctionCheck"] = new("功能检查", "A yes/no test of one function of a website"),
        ["InspectorFinding"] = new("人工检查", "A finding recorded by an inspector for an indicator a machine cannot judge"),
        ["InterpretationSample"] = new("解读稿抽查", "An interpretation drawn into a sample"),
        ["LinkCheck"] = new("链接检查", "A check of one link on a website"),
        ["Message"] = new("留言", "A message from a netizen and what became of it"),
        ["PageCheck"] = new("页面检查", "A check of one page of a website"),
        ["PolicyDocumentSample"] = new("政策文件抽查", "A major policy document drawn into a sample"),
        ["Publication"] = new("信息发布", "One item published in a website column or by an account"),
        ["SearchTest"] = new("搜索测试", "A title searched with the site's search"),
        ["ServiceGuide"] = new("办事指南", "A service guide of a website"),
        ["ServiceItemSample"] = new("办事事项抽查", "A service item drawn into a sample, and its guide"),
        ["SimulatedConsultation"] = new("模拟咨询", "A question put to a website as a user would"),
        ["SiteCheck"] = new("网站基本信息检查", "What a website's name, domain and page template show"),
        ["SpotCheckResult"] = new("国办抽查结果", "The result of a State Council General Office spot check, recorded against the supervising body"),
        ["Survey"] = new("调查征集", "A survey or call for opinions run on a website"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<Type, Bilingual> Categories = new Dictionary<Type, Bilingual>
    {
        [typeof(ColumnCategory)] = new("栏目类别", "A column category"),
        [typeof(ConsultationChannel)] = new("咨询方式", "A consultation channel"),
        [typeof(FooterElement)] = new("页面底部标识要素", "A footer identity element"),
        [typeof(InterpretationFormat)] = new("解读形式", "An interpretation format"),
        [typeof(MessageChannel)] = new("留言渠道", "A message channel"),
        [typeof(ContentIssueKind)] = new("内容问题类别", "A kind of content problem"),
        [typeof(GuideElement)] = new("办事指南要素", "A key element of a service guide"),
        [typeof(AccountStatus)] = new("账号状态", "An account status"),
        [typeof(AdministrativeLevel)] = new("行政级别", "An administrative level"),
        [typeof(MessageField)] = new("留言公开要素", "A part of a published message"),
        [typeof(PageType)] = new("页面类型", "A page type"),
        [typeof(SiteFunction)] = new("网站功能", "A site function"),
        [typeof(SubjectKind)] = new("对象类别", "A subject kind"),
    }.ToFrozenDictionary();

    /// <summary>Gets what a fact type is.</summary>
    /// <param name="type">The fact type.</param>
    /// <returns>Its Chinese name and an English description.</returns>
    public static Bilingual TypeMeaning(FactTypeInfo type) => Types[type.Name];

    /// <summary>Gets what a field means.</summary>
    /// <param name="type">The fact type.</param>
    /// <param name="field">The snake_case field name.</param>
    /// <returns>The meaning, or <see langword="null"/> when the table has none.</returns>
    public static Bilingual? FieldMeaning(FactTypeInfo type, string field)
    {
        var shared = type.SubjectKind is null ? AnyObservation : null;
        foreach (var (factType, name, meaning) in Fields)
        {
            if (name == field && (factType == type.Name || factType == shared))
            {
                return meaning;
            }
        }

        return null;
    }

    /// <summary>Gets what a category (an enumeration of the vocabulary) is, if the table describes it.</summary>
    /// <param name="enumType">The enumeration.</param>
    /// <returns>The meaning, or <see langword="null"/>.</returns>
    public static Bilingual? CategoryMeaning(Type enumType) => Categories.GetValueOrDefault(enumType);
}
