using Compliance.Rules.Labels;

namespace Compliance.Rules.Facts;

/// <summary>How a simulated consultation was put to a website.</summary>
[EnumTerms(typeof(CategoryVocabulary))]
public enum ConsultationChannel
{
    /// <summary>A message left in the site's consultation channel, answered by staff (在线咨询).</summary>
    Message,

    /// <summary>The site's real-time intelligent question answering (实时智能答问).</summary>
    IntelligentQa,
}
