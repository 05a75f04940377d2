using Compliance.Rules.Labels;

namespace Compliance.Rules.Facts;

/// <summary>The identity elements a government website lists in the footer of every page (页面底部功能区).</summary>
[EnumTerms(typeof(CategoryVocabulary))]
public enum FooterElement
{
    /// <summary>The 党政机关网站标识 (the red party and government site badge).</summary>
    GovernmentBadge,

    /// <summary>The site's 网站标识码.</summary>
    SiteCode,

    /// <summary>The ICP filing number (ICP备案编号).</summary>
    IcpNumber,

    /// <summary>The public-security filing badge (公安机关备案标识).</summary>
    PoliceFiling,

    /// <summary>The organising unit (网站主办单位).</summary>
    Organiser,

    /// <summary>Contact details (联系方式).</summary>
    Contact,
}
