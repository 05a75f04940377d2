using Compliance.Rules.Labels;

namespace Compliance.Rules.Facts;

/// <summary>The forms in which a policy is interpreted (解读形式).</summary>
[EnumTerms(typeof(CategoryVocabulary))]
public enum InterpretationFormat
{
    /// <summary>A text article (文字解读).</summary>
    Text,

    /// <summary>A press conference (新闻发布会).</summary>
    PressConference,

    /// <summary>Charts and graphic explanations (图表图解).</summary>
    Graphic,

    /// <summary>Audio or video (音视频).</summary>
    AudioVideo,

    /// <summary>Animation (动漫).</summary>
    Animation,
}
