using Compliance.Rules.Labels;

namespace Compliance.Rules.Facts;

/// <summary>The identity elements a government website lists in the footer of every page (页面底部功能区).</summary>
public enum FooterElement
{
    /// <summary>The 党政机关网站标识 (the red party and government site badge).</summary>
    [Label("党政机关网站标识")]
    GovernmentBadge,

    /// <summary>The site's 网站标识码.</summary>
    [Label("网站标识码")]
    SiteCode,

    /// <summary>The ICP filing number (ICP备案编号).</summary>
    [Label("ICP备案编号")]
    IcpNumber,

    /// <summary>The public-security filing badge (公安机关备案标识).</summary>
    [Label("公安机关备案标识")]
    PoliceFiling,

    /// <summary>The organising unit (网站主办单位).</summary>
    [Label("主办单位")]
    Organiser,

    /// <summary>Contact details (联系方式).</summary>
    [Label("联系方式")]
    Contact,
}
