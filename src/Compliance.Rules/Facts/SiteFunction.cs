using Compliance.Rules.Labels;

namespace Compliance.Rules.Facts;

/// <summary>A function of a website that an inspector or a monitoring system tests, yes or no (功能检查).</summary>
[EnumTerms(typeof(CategoryVocabulary))]
public enum SiteFunction
{
    /// <summary>Service items shown centrally and by category (办事服务事项集中分类展示).</summary>
    ServiceCatalogue,

    /// <summary>Online registration that works for users, including users from other regions (在线注册).</summary>
    Registration,

    /// <summary>Registered users can transact online (注册用户在线办事).</summary>
    OnlineTransaction,

    /// <summary>Netizens, including those from other regions, can submit messages through the interactive functions (互动信息提交).</summary>
    MessageSubmission,

    /// <summary>One registration and login for every interactive column, special channels (网上信访, 纪检举报) apart (统一注册登录).</summary>
    UnifiedLogin,

    /// <summary>A search of the whole site that works (全站站内搜索).</summary>
    SiteSearch,

    /// <summary>Search results shown by category, such as policy documents and service guides (搜索结果分类展现).</summary>
    ClassifiedSearchResults,

    /// <summary>One login across every section, special channels apart (一号登录).</summary>
    SingleSignOn,

    /// <summary>The site displays normally in a mainstream browser (浏览器兼容), one check per browser type.</summary>
    BrowserCompatibility,

    /// <summary>The site is reachable over IPv6 as required (IPv6改造).</summary>
    Ipv6,

    /// <summary>Datasets updated regularly, with downloads or a working data interface (数据集下载或数据接口).</summary>
    OpenData,

    /// <summary>Users can evaluate the services (服务评价).</summary>
    ServiceEvaluation,

    /// <summary>The results of the service evaluation are published (服务评价结果公开).</summary>
    EvaluationResults,

    /// <summary>Fuzzy keyword search (关键词模糊搜索).</summary>
    FuzzySearch,

    /// <summary>Search that gathers the related information and services for a keyword (搜索即服务).</summary>
    SearchAsService,

    /// <summary>A user space where registered users see their past consultations and services (用户空间).</summary>
    UserSpace,
}
