using Compliance.Rules.Labels;

namespace Compliance.Rules.Facts;

/// <summary>The forms in which a policy is interpreted (解读形式).</summary>
public enum InterpretationFormat
{
    /// <summary>A text article (文字解读).</summary>
    [Label("文字")]
    Text,

    /// <summary>A press conference (新闻发布会).</summary>
    [Label("新闻发布会")]
    PressConference,

    /// <summary>Charts and graphic explanations (图表图解).</summary>
    [Label("图表图解")]
    Graphic,

    /// <summary>Audio or video (音视频).</summary>
    [Label("音视频")]
    AudioVideo,

    /// <summary>Animation (动漫).</summary>
    [Label("动漫")]
    Animation,
}
