using Compliance.Rules.Labels;

namespace Compliance.Rules.Facts;

/// <summary>The channel through which a netizen's message (留言) arrived.</summary>
public enum MessageChannel
{
    /// <summary>The national "我为政府网站找错" error-report platform.</summary>
    [Label("我为政府网站找错")]
    ErrorReport,

    /// <summary>The leaders' mailbox (领导信箱).</summary>
    [Label("领导信箱")]
    LeaderMailbox,

    /// <summary>Consultation (政务咨询).</summary>
    [Label("政务咨询")]
    Consultation,

    /// <summary>Suggestions (建言献策).</summary>
    [Label("建言献策")]
    Suggestion,

    /// <summary>Online interviews (在线访谈).</summary>
    [Label("在线访谈")]
    OnlineInterview,

    /// <summary>Surveys and solicitation (调查征集).</summary>
    [Label("调查征集")]
    Survey,

    /// <summary>Online petitions (网上信访).</summary>
    [Label("网上信访")]
    Petition,

    /// <summary>Disciplinary reports (纪检举报).</summary>
    [Label("纪检举报")]
    DisciplineReport,

    /// <summary>Any other channel (其他).</summary>
    [Label("其他")]
    Other,
}
