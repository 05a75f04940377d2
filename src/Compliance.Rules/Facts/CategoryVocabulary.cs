using Compliance.Rules.Labels;

namespace Compliance.Rules.Facts;

/// <summary>
/// The words of the language for the categories (the enumerations fact fields hold) and the subject kinds: the part of
/// the fact vocabulary (<see cref="FactVocabulary"/>) that names values. Each member's name (snake_case, what rule files,
/// facts and JSON output write), Chinese label (what reports write, and every reader reads too) and, per enumeration, what
/// a value of it is; bound to the member by its value, so renaming a C# member does not rename the language.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
internal static class CategoryVocabulary
{
    /// <summary>The words for <see cref="SubjectKind"/>.</summary>
    public static readonly EnumTerms SubjectKinds = EnumTerms.Of<SubjectKind>(
        new("对象类别", "A subject kind"),
        (SubjectKind.Website, "website", "政府网站"),
        (SubjectKind.NewMedia, "new_media", "政务新媒体"),
        (SubjectKind.Supervisor, "supervisor", "监管单位"));

    /// <summary>The words for <see cref="AccountStatus"/>.</summary>
    public static readonly EnumTerms AccountStatuses = EnumTerms.Of<AccountStatus>(
        new("账号状态", "An account status"),
        (AccountStatus.Active, "active", "正常"),
        (AccountStatus.Closed, "closed", "关停"));

    /// <summary>The words for <see cref="AdministrativeLevel"/>.</summary>
    public static readonly EnumTerms AdministrativeLevels = EnumTerms.Of<AdministrativeLevel>(
        new("行政级别", "An administrative level"),
        (AdministrativeLevel.StateCouncilDepartment, "state_council_department", "国务院部门"),
        (AdministrativeLevel.Province, "province", "省级"),
        (AdministrativeLevel.Prefecture, "prefecture", "市级"),
        (AdministrativeLevel.County, "county", "县级"),
        (AdministrativeLevel.Township, "township", "乡镇"));

    /// <summary>The words for <see cref="ColumnCategory"/>.</summary>
    public static readonly EnumTerms ColumnCategories = EnumTerms.Of<ColumnCategory>(
        new("栏目类别", "A column category"),
        (ColumnCategory.News, "news", "动态要闻"),
        (ColumnCategory.Notices, "notices", "通知公告"),
        (ColumnCategory.PolicyDocuments, "policy_documents", "政策文件"),
        (ColumnCategory.PolicyInterpretation, "policy_interpretation", "政策解读"),
        (ColumnCategory.Personnel, "personnel", "人事"),
        (ColumnCategory.Plans, "plans", "规划计划"),
        (ColumnCategory.Overview, "overview", "概况信息"),
        (ColumnCategory.ServiceStatistics, "service_statistics", "办事统计"),
        (ColumnCategory.Consultation, "consultation", "政务咨询"),
        (ColumnCategory.OnlineInterview, "online_interview", "在线访谈"),
        (ColumnCategory.Survey, "survey", "调查征集"),
        (ColumnCategory.Petition, "petition", "网上信访"),
        (ColumnCategory.DisciplineReport, "discipline_report", "纪检举报"),
        (ColumnCategory.HistoricalTopic, "historical_topic", "历史专题"),
        (ColumnCategory.Other, "other", "其他"),
        (ColumnCategory.Functions, "functions", "机构职能"),
        (ColumnCategory.Leaders, "leaders", "领导信息"),
        (ColumnCategory.DataRelease, "data_release", "数据发布"),
        (ColumnCategory.MessageStatistics, "message_statistics", "留言统计"),
        (ColumnCategory.TopicService, "topic_service", "专题服务"));

    /// <summary>The words for <see cref="ConsultationChannel"/>.</summary>
    public static readonly EnumTerms ConsultationChannels = EnumTerms.Of<ConsultationChannel>(
        new("咨询方式", "A consultation channel"),
        (ConsultationChannel.Message, "message", "在线咨询"),
        (ConsultationChannel.IntelligentQa, "intelligent_qa", "智能问答"));

    /// <summary>The words for <see cref="ContentIssueKind"/>.</summary>
    public static readonly EnumTerms ContentIssueKinds = EnumTerms.Of<ContentIssueKind>(
        new("内容问题类别", "A kind of content problem"),
        (ContentIssueKind.SeriousMisstatement, "serious_misstatement", "严重表述错误"),
        (ContentIssueKind.SecretLeak, "secret_leak", "泄露国家秘密"),
        (ContentIssueKind.IllegalContent, "illegal_content", "违法有害内容"),
        (ContentIssueKind.SecurityIncident, "security_incident", "安全攻击处置不力"),
        (ContentIssueKind.Falsification, "falsification", "弄虚作假"),
        (ContentIssueKind.NegativePublicOpinion, "negative_public_opinion", "严重负面舆情"),
        (ContentIssueKind.SeriousTypo, "serious_typo", "严重错别字"),
        (ContentIssueKind.FalseContent, "false_content", "虚假或伪造内容"),
        (ContentIssueKind.MinorTypo, "minor_typo", "一般错别字"));

    /// <summary>The words for <see cref="FooterElement"/>.</summary>
    public static readonly EnumTerms FooterElements = EnumTerms.Of<FooterElement>(
        new("页面底部标识要素", "A footer identity element"),
        (FooterElement.GovernmentBadge, "government_badge", "党政机关网站标识"),
        (FooterElement.SiteCode, "site_code", "网站标识码"),
        (FooterElement.IcpNumber, "icp_number", "ICP备案编号"),
        (FooterElement.PoliceFiling, "police_filing", "公安机关备案标识"),
        (FooterElement.Organiser, "organiser", "主办单位"),
        (FooterElement.Contact, "contact", "联系方式"));

    /// <summary>The words for <see cref="GuideElement"/>.</summary>
    public static readonly EnumTerms GuideElements = EnumTerms.Of<GuideElement>(
        new("办事指南要素", "A key element of a service guide"),
        (GuideElement.ItemName, "item_name", "事项名称"),
        (GuideElement.LegalBasis, "legal_basis", "设定依据"),
        (GuideElement.Conditions, "conditions", "申请条件"),
        (GuideElement.Materials, "materials", "办理材料"),
        (GuideElement.Place, "place", "办理地点"),
        (GuideElement.Hours, "hours", "办理时间"),
        (GuideElement.Telephone, "telephone", "联系电话"),
        (GuideElement.Procedure, "procedure", "办理流程"),
        (GuideElement.TimeLimit, "time_limit", "办理时限"),
        (GuideElement.Fees, "fees", "收费标准"),
        (GuideElement.Agency, "agency", "办理机构"));

    /// <summary>The words for <see cref="InterpretationFormat"/>.</summary>
    public static readonly EnumTerms InterpretationFormats = EnumTerms.Of<InterpretationFormat>(
        new("解读形式", "An interpretation format"),
        (InterpretationFormat.Text, "text", "文字"),
        (InterpretationFormat.PressConference, "press_conference", "新闻发布会"),
        (InterpretationFormat.Graphic, "graphic", "图表图解"),
        (InterpretationFormat.AudioVideo, "audio_video", "音视频"),
        (InterpretationFormat.Animation, "animation", "动漫"));

    /// <summary>The words for <see cref="MessageChannel"/>.</summary>
    public static readonly EnumTerms MessageChannels = EnumTerms.Of<MessageChannel>(
        new("留言渠道", "A message channel"),
        (MessageChannel.ErrorReport, "error_report", "我为政府网站找错"),
        (MessageChannel.LeaderMailbox, "leader_mailbox", "领导信箱"),
        (MessageChannel.Consultation, "consultation", "政务咨询"),
        (MessageChannel.Suggestion, "suggestion", "建言献策"),
        (MessageChannel.OnlineInterview, "online_interview", "在线访谈"),
        (MessageChannel.Survey, "survey", "调查征集"),
        (MessageChannel.Petition, "petition", "网上信访"),
        (MessageChannel.DisciplineReport, "discipline_report", "纪检举报"),
        (MessageChannel.Other, "other", "其他"));

    /// <summary>The words for <see cref="MessageField"/>.</summary>
    public static readonly EnumTerms MessageFields = EnumTerms.Of<MessageField>(
        new("留言公开要素", "A part of a published message"),
        (MessageField.Received, "received", "留言时间"),
        (MessageField.Answered, "answered", "答复时间"),
        (MessageField.AnsweringUnit, "answering_unit", "答复单位"),
        (MessageField.AnswerText, "answer_text", "答复内容"));

    /// <summary>The words for <see cref="PageType"/>.</summary>
    public static readonly EnumTerms PageTypes = EnumTerms.Of<PageType>(
        new("页面类型", "A page type"),
        (PageType.Homepage, "homepage", "首页"),
        (PageType.ColumnPage, "column_page", "栏目页"),
        (PageType.ContentPage, "content_page", "内容页"),
        (PageType.Other, "other", "其他页"));

    /// <summary>The words for <see cref="SiteFunction"/>.</summary>
    public static readonly EnumTerms SiteFunctions = EnumTerms.Of<SiteFunction>(
        new("网站功能", "A site function"),
        (SiteFunction.ServiceCatalogue, "service_catalogue", "办事事项分类展示"),
        (SiteFunction.Registration, "registration", "在线注册"),
        (SiteFunction.OnlineTransaction, "online_transaction", "在线办事"),
        (SiteFunction.MessageSubmission, "message_submission", "互动信息提交"),
        (SiteFunction.UnifiedLogin, "unified_login", "统一注册登录"),
        (SiteFunction.SiteSearch, "site_search", "站内搜索"),
        (SiteFunction.ClassifiedSearchResults, "classified_search_results", "搜索结果分类"),
        (SiteFunction.SingleSignOn, "single_sign_on", "一号登录"),
        (SiteFunction.BrowserCompatibility, "browser_compatibility", "浏览器兼容"),
        (SiteFunction.Ipv6, "ipv6", "IPv6访问"),
        (SiteFunction.OpenData, "open_data", "数据开放"),
        (SiteFunction.ServiceEvaluation, "service_evaluation", "服务评价"),
        (SiteFunction.EvaluationResults, "evaluation_results", "服务评价结果公开"),
        (SiteFunction.FuzzySearch, "fuzzy_search", "模糊搜索"),
        (SiteFunction.SearchAsService, "search_as_service", "搜索即服务"),
        (SiteFunction.UserSpace, "user_space", "用户空间"));
}
