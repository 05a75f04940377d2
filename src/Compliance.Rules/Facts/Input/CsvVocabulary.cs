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

        ("Message", "channel", ["留言渠道", "渠道"]),
        ("Message", "received", ["收到时间", "留言时间"]),
        ("Message", "answered", ["答复时间", "回复时间"]),
        ("Message", "valid", ["是否有效"]),
        ("Message", "completed", ["办结时间"]),

        ("Publication", "column_id", ["栏目编号"]),
        ("Publication", "published", ["发布日期"]),
        ("Publication", "title", ["标题"]),
        ("Publication", "on_homepage", ["是否首页"]),
        ("Publication", "is_repost", ["是否转载"]),

        ("ServiceGuide", "item_name", ["事项名称"]),
        ("ServiceGuide", "missing_elements", ["缺失要素"]),
        ("ServiceGuide", "inaccurate_elements", ["不准确要素"]),
        ("ServiceGuide", "forms_downloadable", ["表格可下载", "是否可下载表格"]),

        ("SpotCheckResult", "checked_id", ["被抽查对象编号"]),
        ("SpotCheckResult", "checked_name", ["被抽查对象名称"]),
        ("SpotCheckResult", "checked_on", ["抽查日期"]),
        ("SpotCheckResult", "passed", ["是否合格"]),
        ("SpotCheckResult", "serious_misstatement", ["是否严重表述错误"]),
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
