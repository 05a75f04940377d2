using Compliance.Rules.Labels;

namespace Compliance.Rules.Facts;

/// <summary>The parts of a published message (已公开的网民留言) that the site must show with it.</summary>
[EnumTerms(typeof(CategoryVocabulary))]
public enum MessageField
{
    /// <summary>When the message was left (留言时间).</summary>
    Received,

    /// <summary>When it was answered (答复时间).</summary>
    Answered,

    /// <summary>Who answered it (答复单位).</summary>
    AnsweringUnit,

    /// <summary>The answer itself (答复内容).</summary>
    AnswerText,
}
