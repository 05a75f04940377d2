using Compliance.Rules.Labels;

namespace Compliance.Rules.Facts;

/// <summary>The category of a website column (栏目), as the indicators group columns.</summary>
[EnumTerms(typeof(CategoryVocabulary))]
public enum ColumnCategory
{
    /// <summary>News and work updates (动态、要闻类).</summary>
    News,

    /// <summary>Notices and announcements (通知公告类).</summary>
    Notices,

    /// <summary>Policy documents (政策文件类).</summary>
    PolicyDocuments,

    /// <summary>Policy interpretation (政策解读).</summary>
    PolicyInterpretation,

    /// <summary>Personnel information (人事类).</summary>
    Personnel,

    /// <summary>Plans and programmes (规划计划类).</summary>
    Plans,

    /// <summary>General information about the region or body (概况信息).</summary>
    Overview,

    /// <summary>Service statistics (办事统计).</summary>
    ServiceStatistics,

    /// <summary>Consultation and suggestions, messages to be answered promptly (政务咨询类).</summary>
    Consultation,

    /// <summary>Online interviews (在线访谈).</summary>
    OnlineInterview,

    /// <summary>Surveys and solicitation of opinions (调查征集).</summary>
    Survey,

    /// <summary>Online petitions (网上信访).</summary>
    Petition,

    /// <summary>Disciplinary reports (纪检举报).</summary>
    DisciplineReport,

    /// <summary>A historical topic (专题) column that is no longer expected to update.</summary>
    HistoricalTopic,

    /// <summary>Any other column (其他).</summary>
    Other,

    /// <summary>The body's institutions and functions (机构职能).</summary>
    Functions,

    /// <summary>The leaders' names, CVs and responsibilities (领导信息).</summary>
    Leaders,

    /// <summary>Data releases: statistics and open data (数据发布).</summary>
    DataRelease,

    /// <summary>Published statistics of the messages received and answered (留言受理反馈情况统计).</summary>
    MessageStatistics,

    /// <summary>A topic or integrated service (专题服务、集成服务) for a key service item.</summary>
    TopicService,
}
