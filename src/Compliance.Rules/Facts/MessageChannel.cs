using Compliance.Rules.Labels;

namespace Compliance.Rules.Facts;

/// <summary>The channel through which a netizen's message (留言) arrived.</summary>
[EnumTerms(typeof(CategoryVocabulary))]
public enum MessageChannel
{
    /// <summary>The national "我为政府网站找错" error-report platform.</summary>
    ErrorReport,

    /// <summary>The leaders' mailbox (领导信箱).</summary>
    LeaderMailbox,

    /// <summary>Consultation (政务咨询).</summary>
    Consultation,

    /// <summary>Suggestions (建言献策).</summary>
    Suggestion,

    /// <summary>Online interviews (在线访谈).</summary>
    OnlineInterview,

    /// <summary>Surveys and solicitation (调查征集).</summary>
    Survey,

    /// <summary>Online petitions (网上信访).</summary>
    Petition,

    /// <summary>Disciplinary reports (纪检举报).</summary>
    DisciplineReport,

    /// <summary>Any other channel (其他).</summary>
    Other,
}
