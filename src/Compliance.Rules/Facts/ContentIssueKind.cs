using Compliance.Rules.Labels;

namespace Compliance.Rules.Facts;

/// <summary>The kinds of serious content and security problems the indicators name.</summary>
[EnumTerms(typeof(CategoryVocabulary))]
public enum ContentIssueKind
{
    /// <summary>A serious misstatement (严重表述错误).</summary>
    SeriousMisstatement,

    /// <summary>Disclosure of state secrets (泄露国家秘密).</summary>
    SecretLeak,

    /// <summary>Publishing or linking reactionary, violent or pornographic content (发布或链接反动、暴力、色情等内容).</summary>
    IllegalContent,

    /// <summary>A security attack (页面被挂马、内容被篡改) not handled promptly, causing a serious incident (安全攻击处置不力).</summary>
    SecurityIncident,

    /// <summary>Falsification such as forged publication dates (弄虚作假).</summary>
    Falsification,

    /// <summary>Serious negative public opinion caused by improper construction or management (引发严重负面舆情).</summary>
    NegativePublicOpinion,

    /// <summary>A serious typo, such as a leader's name written wrongly (严重错别字).</summary>
    SeriousTypo,

    /// <summary>False or fabricated content (虚假或伪造内容).</summary>
    FalseContent,

    /// <summary>Ordinary typos and non-standard wording (一般错别字、表述不规范).</summary>
    MinorTypo,
}
