using System.Collections.Frozen;

namespace Compliance.Rules.Facts.Input;

/// <summary>
/// The one table of names a CSV facts file may use: which file name holds which fact type, and which column headers
/// stand for which field. English names are the snake_case names of the JSON/YAML facts shape; Chinese names are those
/// of the notices and of the spreadsheets staff export from Excel or WPS (账号名称, 开设主体, 账号类型, 单位…).
/// </summary>
/// <remarks>
/// <para>File names (without <c>.csv</c>, compared ignoring case):</para>
/// <list type="table">
/// <listheader><term>fact type</term><description>file names</description></listheader>
/// <item><term>website</term><description>websites, website, 网站, 政府网站</description></item>
/// <item><term>new_media</term><description>new_media, 政务新媒体, 新媒体</description></item>
/// <item><term>supervisor</term><description>supervisors, supervisor, 监管单位</description></item>
/// <item><term>AvailabilityProbe</term><description>availability_probes, 可用性监测</description></item>
/// <item><term>Column</term><description>columns, 栏目</description></item>
/// <item><term>ContentIssue</term><description>content_issues, 内容问题</description></item>
/// <item><term>InspectorFinding</term><description>inspector_findings, 人工检查</description></item>
/// <item><term>LinkCheck</term><description>link_checks, 链接检查</description></item>
/// <item><term>Message</term><description>messages, 留言</description></item>
/// <item><term>Publication</term><description>publications, 信息发布</description></item>
/// <item><term>ServiceGuide</term><description>service_guides, 办事指南</description></item>
/// <item><term>SpotCheckResult</term><description>spot_check_results, 国办抽查结果</description></item>
/// <item><term>FunctionCheck</term><description>function_checks, 功能检查</description></item>
/// <item><term>SiteCheck</term><description>site_checks, 网站基本信息检查</description></item>
/// <item><term>PageCheck</term><description>page_checks, 页面检查</description></item>
/// <item><term>SearchTest</term><description>search_tests, 搜索测试</description></item>
/// <item><term>PolicyDocumentSample</term><description>policy_document_samples, 政策文件抽查</description></item>
/// <item><term>InterpretationSample</term><description>interpretation_samples, 解读稿抽查</description></item>
/// <item><term>ServiceItemSample</term><description>service_item_samples, 办事事项抽查</description></item>
/// <item><term>SimulatedConsultation</term><description>simulated_consultations, 模拟咨询</description></item>
/// <item><term>Survey</term><description>surveys, 调查征集</description></item>
/// </list>
/// <para>
/// Column headers: every field's snake_case name (ignoring case), or one of its Chinese names listed in
/// <see cref="ChineseHeaders"/>. The JSON Schema of the facts shape (<c>rules/schema/facts.schema.json</c>) names the
/// first Chinese header of each field in its description; a test keeps the two in step.
/// </para>
/// This type is immutable and thread-safe.
/// </remarks>
internal static class CsvVocabulary
{
    /// <summary>The file names (without extension) of each fact type, English first.</summary>
    public static readonly IReadOnlyList<(string FactType, string[] FileNames)> FileNames =
    [
        ("website", ["websites", "website", "网站", "政府网站"]),
        ("new_media", ["new_media", "政务新媒体", "新媒体"]),
        ("supervisor", ["supervisors", "supervisor", "监管单位"]),
        ("AvailabilityProbe", ["availability_probes", "可用性监测"]),
        ("Column", ["columns", "栏目"]),
        ("ContentIssue", ["content_issues", "内容问题"]),
        ("InspectorFinding", ["inspector_findings", "人工检查"]),
        ("LinkCheck", ["link_checks", "链接检查"]),
        ("Message", ["messages", "留言"]),
        ("Publication", ["publications", "信息发布"]),
        ("ServiceGuide", ["service_guides", "办事指南"]),
        ("SpotCheckResult", ["spot_check_results", "国办抽查结果"]),
        ("FunctionCheck", ["function_checks", "功能检查"]),
        ("SiteCheck", ["site_checks", "网站基本信息检查"]),
        ("PageCheck", ["page_checks", "页面检查"]),
        ("SearchTest", ["search_tests", "搜索测试"]),
        ("PolicyDocumentSample", ["policy_document_samples", "政策文件抽查"]),
        ("InterpretationSample", ["interpretation_samples", "解读稿抽查"]),
        ("ServiceItemSample", ["service_item_samples", "办事事项抽查"]),
        ("SimulatedConsultation", ["simulated_consultations", "模拟咨询"]),
        ("Survey", ["surveys", "调查征集"]),
    ];

    /// <summary>
    /// The Chinese column headers of every field, by fact type and snake_case field name; the first is the one the
    /// facts schema documents. <c>id</c> and <c>subject_id</c> of observations are listed once for all types.
    /// </summary>
    public static readonly IReadOnlyList<(string FactType, string Field, string[] Headers)> ChineseHeaders =
    [
        ("website", "id", ["网站标识码", "网站编号", "编号"]),
        ("website", "name", ["网站名称"]),
        ("website", "organiser", ["主办单位"]),
        ("website", "is_portal", ["是否门户", "是否门户网站"]),
        ("website", "provides_external_services", ["是否有对外服务职能", "对外服务职能"]),
        ("website", "level", ["行政级别", "层级"]),
        ("website", "homepage_is_navigation_only", ["首页仅为导航", "首页是否仅为导航"]),

        ("new_media", "id", ["账号编号", "账号ID", "编号"]),
        ("new_media", "name", ["账号名称"]),
        ("new_media", "operator", ["开设主体"]),
        ("new_media", "account_type", ["账号类型"]),
        ("new_media", "unit", ["单位"]),
        ("new_media", "status", ["账号状态", "状态"]),
        ("new_media", "provides_interaction", ["是否提供互动功能", "互动功能"]),

        ("supervisor", "id", ["单位编号", "编号"]),
        ("supervisor", "name", ["单位名称"]),
        ("supervisor", "level", ["行政级别", "层级"]),
        ("supervisor", "all_websites_on_intensive_platform", ["网站全部迁入集约化平台", "集约化平台"]),

        (AnyObservation, "id", ["编号", "记录编号"]),
        (AnyObservation, "subject_id", ["对象编号", "网站标识码", "账号编号", "网站或账号编号", "单位编号"]),

        ("AvailabilityProbe", "at", ["监测时间"]),
        ("AvailabilityProbe", "reached", ["是否可访问"]),
        ("AvailabilityProbe", "response_time", ["响应时间"]),

        ("Column", "name", ["栏目名称"]),
        ("Column", "category", ["栏目类别"]),
        ("Column", "is_top_level", ["是否一级栏目"]),
        ("Column", "on_homepage", ["是否首页栏目"]),
        ("Column", "is_blank", ["是否空白栏目"]),
        ("Column", "last_updated", ["最近更新日期", "最后更新日期"]),
        ("Column", "overdue", ["是否应更新未更新"]),

        ("ContentIssue", "kind", ["问题类型"]),
        ("ContentIssue", "found_on", ["发现日期"]),
        ("ContentIssue", "description", ["问题描述"]),
        ("ContentIssue", "url", ["问题链接", "网址"]),

        ("InspectorFinding", "indicator_id", ["指标编号"]),
        ("InspectorFinding", "occurrences", ["次数", "问题个数"]),
        ("InspectorFinding", "points", ["分值"]),
        ("InspectorFinding", "note", ["说明", "备注"]),
        ("InspectorFinding", "rule", ["细则", "细则编号"]),

        ("LinkCheck", "url", ["链接地址"]),
        ("LinkCheck", "page_url", ["所在页面"]),
        ("LinkCheck", "checked_at", ["检查时间"]),
        ("LinkCheck", "broken", ["是否失效"]),
        ("LinkCheck", "on_homepage", ["是否在首页"]),
        ("LinkCheck", "status_code", ["状态码"]),
        ("LinkCheck", "on_second_level_page", ["是否在二级页面"]),

        ("Message", "channel", ["留言渠道", "渠道"]),
        ("Message", "received", ["收到时间", "留言时间"]),
        ("Message", "answered", ["答复时间", "回复时间"]),
        ("Message", "valid", ["是否有效"]),
        ("Message", "completed", ["办结时间"]),
        ("Message", "is_public", ["是否公开"]),
        ("Message", "unpublished_fields", ["未公开要素"]),
        ("Message", "sampled", ["是否抽查"]),

        ("Publication", "column_id", ["栏目编号"]),
        ("Publication", "published", ["发布日期"]),
        ("Publication", "title", ["标题"]),
        ("Publication", "on_homepage", ["是否首页"]),
        ("Publication", "is_repost", ["是否转载"]),
        ("Publication", "visualises_data", ["是否图表图解"]),

        ("ServiceGuide", "item_name", ["事项名称"]),
        ("ServiceGuide", "missing_elements", ["缺失要素"]),
        ("ServiceGuide", "inaccurate_elements", ["不准确要素"]),
        ("ServiceGuide", "forms_downloadable", ["表格可下载", "是否可下载表格"]),

        ("SpotCheckResult", "checked_id", ["被抽查对象编号"]),
        ("SpotCheckResult", "checked_name", ["被抽查对象名称"]),
        ("SpotCheckResult", "checked_on", ["抽查日期"]),
        ("SpotCheckResult", "passed", ["是否合格"]),
        ("SpotCheckResult", "serious_misstatement", ["是否严重表述错误"]),

        ("FunctionCheck", "function", ["功能"]),
        ("FunctionCheck", "available", ["是否可用"]),
        ("FunctionCheck", "browser", ["浏览器"]),
        ("FunctionCheck", "checked_on", ["检查日期"]),
        ("FunctionCheck", "note", ["说明", "备注"]),

        ("SiteCheck", "domain_compliant", ["域名是否规范"]),
        ("SiteCheck", "named_after_organiser", ["是否以本地区本部门名称命名"]),
        ("SiteCheck", "name_in_header", ["头部是否展示网站名称"]),
        ("SiteCheck", "footer_missing", ["底部缺失要素"]),

        ("PageCheck", "url", ["页面地址"]),
        ("PageCheck", "page_type", ["页面类型"]),
        ("PageCheck", "error_report_entry", ["是否有找错入口"]),
        ("PageCheck", "tags_sampled", ["是否标签抽查"]),
        ("PageCheck", "has_site_tag", ["是否有站点标签"]),
        ("PageCheck", "has_page_tag", ["是否有内容或栏目标签"]),

        ("SearchTest", "title", ["搜索标题", "标题"]),
        ("SearchTest", "found_on_first_page", ["是否在结果第一页"]),
        ("SearchTest", "from_lower_level_site", ["是否取自下级网站"]),

        ("PolicyDocumentSample", "title", ["文件标题", "标题"]),
        ("PolicyDocumentSample", "interpreted", ["是否已解读"]),

        ("InterpretationSample", "sample", ["抽查项"]),
        ("InterpretationSample", "title", ["解读稿标题", "标题"]),
        ("InterpretationSample", "links_to_policy", ["是否关联政策文件"]),
        ("InterpretationSample", "linked_from_policy", ["政策文件是否关联解读"]),
        ("InterpretationSample", "formats", ["解读形式"]),

        ("ServiceItemSample", "sample", ["抽查项"]),
        ("ServiceItemSample", "item_name", ["事项名称"]),
        ("ServiceItemSample", "has_guide", ["是否有办事指南"]),
        ("ServiceItemSample", "missing_elements", ["缺失要素"]),
        ("ServiceItemSample", "material_format_unclear", ["材料格式要求不明确"]),
        ("ServiceItemSample", "vague_wording", ["是否表述含糊"]),
        ("ServiceItemSample", "policy_by_name_only", ["政策文件仅有名称"]),
        ("ServiceItemSample", "errors", ["错误处数"]),
        ("ServiceItemSample", "forms_required", ["是否要求提供表单"]),
        ("ServiceItemSample", "forms_available", ["是否提供表格获取渠道"]),
        ("ServiceItemSample", "policy_basis_linked", ["政策依据是否关联"]),

        ("SimulatedConsultation", "sample", ["抽查项"]),
        ("SimulatedConsultation", "channel", ["咨询方式"]),
        ("SimulatedConsultation", "asked", ["咨询时间"]),
        ("SimulatedConsultation", "answered", ["答复时间"]),
        ("SimulatedConsultation", "answer_accurate", ["答复是否准确"]),

        ("Survey", "title", ["活动名称", "标题"]),
        ("Survey", "started", ["开始日期"]),
        ("Survey", "by_email", ["是否电子邮件形式"]),
        ("Survey", "ended", ["结束日期"]),
        ("Survey", "feedback_published", ["反馈公开日期"]),
    ];

    /// <summary>The pseudo fact type under which the headers shared by every observation type are listed.</summary>
    public const string AnyObservation = "*";

    private static readonly FrozenDictionary<string, FactTypeInfo> TypesByFileName = FileNames
        .SelectMany(entry => entry.FileNames.Select(name => (name, type: TypeNamed(entry.FactType))))
        .ToFrozenDictionary(x => x.name, x => x.type, StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the accepted file names, for messages.</summary>
    public static string FileNameList => string.Join(", ", FileNames.SelectMany(f => f.FileNames).Select(n => n + ".csv"));

    /// <summary>Finds the fact type a CSV file holds from its name.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The fact type, or <see langword="null"/> when the name is not in the table.</returns>
    public static FactTypeInfo? TypeOfFile(string path) =>
        TypesByFileName.GetValueOrDefault(Path.GetFileNameWithoutExtension(path).Trim());

    /// <summary>Gets the Chinese headers of a field.</summary>
    /// <param name="type">The fact type.</param>
    /// <param name="field">The snake_case field name.</param>
    /// <returns>The headers, the documented one first; empty when the table has none.</returns>
    public static IReadOnlyList<string> ChineseHeadersOf(FactTypeInfo type, string field)
    {
        var shared = type.SubjectKind is null ? AnyObservation : null;
        return [.. ChineseHeaders
            .Where(h => h.Field == field && (h.FactType == type.Name || h.FactType == shared))
            .SelectMany(h => h.Headers)];
    }

    /// <summary>Finds the field a column header stands for.</summary>
    /// <param name="fields">The fields the fact type's files may give.</param>
    /// <param name="type">The fact type.</param>
    /// <param name="header">The header as written (trimmed).</param>
    /// <returns>The field, or <see langword="null"/> when the header names none.</returns>
    public static FactField? FieldOf(IEnumerable<FactField> fields, FactTypeInfo type, string header) =>
        fields.FirstOrDefault(f => string.Equals(f.Name, header, StringComparison.OrdinalIgnoreCase)
            || ChineseHeadersOf(type, f.Name).Contains(header, StringComparer.Ordinal));

    /// <summary>Describes a field as a header: its snake_case name and its documented Chinese header.</summary>
    /// <param name="type">The fact type.</param>
    /// <param name="field">The field name.</param>
    /// <returns>For example <c>name (账号名称)</c>.</returns>
    public static string Describe(FactTypeInfo type, string field) =>
        ChineseHeadersOf(type, field) is [var chinese, ..] ? $"{field} ({chinese})" : field;

    private static FactTypeInfo TypeNamed(string name) =>
        FactCatalog.ParseSubjectKind(name) is { } kind
            ? FactCatalog.Subject(kind)
            : FactCatalog.FindObservation(name) ?? throw new InvalidOperationException($"the CSV vocabulary names an unknown fact type '{name}'");
}
