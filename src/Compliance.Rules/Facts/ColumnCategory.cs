using Compliance.Rules.Labels;

namespace Compliance.Rules.Facts;

/// <summary>The category of a website column (栏目), as the indicators group columns.</summary>
public enum ColumnCategory
{
    /// <summary>News and work updates (动态、要闻类).</summary>
    [Label("动态要闻")]
    News,

    /// <summary>Notices and announcements (通知公告类).</summary>
    [Label("通知公告")]
    Notices,

    /// <summary>Policy documents (政策文件类).</summary>
    [Label("政策文件")]
    PolicyDocuments,

    /// <summary>Policy interpretation (政策解读).</summary>
    [Label("政策解读")]
    PolicyInterpretation,

    /// <summary>Personnel information (人事类).</summary>
    [Label("人事")]
    Personnel,

    /// <summary>Plans and programmes (规划计划类).</summary>
    [Label("规划计划")]
    Plans,

    /// <summary>General information about the region or body (概况信息).</summary>
    [Label("概况信息")]
    Overview,

    /// <summary>Service statistics (办事统计).</summary>
    [Label("办事统计")]
    ServiceStatistics,

    /// <summary>Consultation and suggestions, messages to be answered promptly (政务咨询类).</summary>
    [Label("政务咨询")]
    Consultation,

    /// <summary>Online interviews (在线访谈).</summary>
    [Label("在线访谈")]
    OnlineInterview,

    /// <summary>Surveys and solicitation of opinions (调查征集).</summary>
    [Label("调查征集")]
    Survey,

    /// <summary>Online petitions (网上信访).</summary>
    [Label("网上信访")]
    Petition,

    /// <summary>Disciplinary reports (纪检举报).</summary>
    [Label("纪检举报")]
    DisciplineReport,

    /// <summary>A historical topic (专题) column that is no longer expected to update.</summary>
    [Label("历史专题")]
    HistoricalTopic,

    /// <summary>Any other column (其他).</summary>
    [Label("其他")]
    Other,

    /// <summary>The body's institutions and functions (机构职能).</summary>
    [Label("机构职能")]
    Functions,

    /// <summary>The leaders' names, CVs and responsibilities (领导信息).</summary>
    [Label("领导信息")]
    Leaders,

    /// <summary>Data releases: statistics and open data (数据发布).</summary>
    [Label("数据发布")]
    DataRelease,

    /// <summary>Published statistics of the messages received and answered (留言受理反馈情况统计).</summary>
    [Label("留言统计")]
    MessageStatistics,

    /// <summary>A topic or integrated service (专题服务、集成服务) for a key service item.</summary>
    [Label("专题服务")]
    TopicService,
}
