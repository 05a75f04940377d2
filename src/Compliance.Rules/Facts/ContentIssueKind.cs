using Compliance.Rules.Labels;

namespace Compliance.Rules.Facts;

/// <summary>The kinds of serious content and security problems the indicators name.</summary>
public enum ContentIssueKind
{
    /// <summary>A serious misstatement (严重表述错误).</summary>
    [Label("严重表述错误")]
    SeriousMisstatement,

    /// <summary>Disclosure of state secrets (泄露国家秘密).</summary>
    [Label("泄露国家秘密")]
    SecretLeak,

    /// <summary>Publishing or linking reactionary, violent or pornographic content (发布或链接反动、暴力、色情等内容).</summary>
    [Label("违法有害内容")]
    IllegalContent,

    /// <summary>A security attack (页面被挂马、内容被篡改) not handled promptly, causing a serious incident (安全攻击处置不力).</summary>
    [Label("安全攻击处置不力")]
    SecurityIncident,

    /// <summary>Falsification such as forged publication dates (弄虚作假).</summary>
    [Label("弄虚作假")]
    Falsification,

    /// <summary>Serious negative public opinion caused by improper construction or management (引发严重负面舆情).</summary>
    [Label("严重负面舆情")]
    NegativePublicOpinion,

    /// <summary>A serious typo, such as a leader's name written wrongly (严重错别字).</summary>
    [Label("严重错别字")]
    SeriousTypo,

    /// <summary>False or fabricated content (虚假或伪造内容).</summary>
    [Label("虚假或伪造内容")]
    FalseContent,

    /// <summary>Ordinary typos and non-standard wording (一般错别字、表述不规范).</summary>
    [Label("一般错别字")]
    MinorTypo,
}
