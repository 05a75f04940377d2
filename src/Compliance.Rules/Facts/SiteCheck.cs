using System.Collections.Immutable;

namespace Compliance.Rules.Facts;

/// <summary>
/// An inspector's check of what a website's name, domain and page template show on every page (网站基本信息检查): one per
/// website.
/// </summary>
/// <param name="Id">The check's id.</param>
/// <param name="SubjectId">The website.</param>
/// <param name="DomainCompliant">Whether the domain name follows the rules for government sites (域名符合规范).</param>
/// <param name="NamedAfterOrganiser">Whether the site is named after its region or body (以本地区本部门名称命名).</param>
/// <param name="NameInHeader">Whether the site's name is shown prominently in the header of every page (头部区域显著展示).</param>
/// <param name="FooterMissing">The footer elements not clearly listed at the bottom of the site's pages (missing on any page counts).</param>
public sealed record SiteCheck(
    string Id,
    string SubjectId,
    bool DomainCompliant = true,
    bool NamedAfterOrganiser = true,
    bool NameInHeader = true,
    ImmutableArray<FooterElement> FooterMissing = default) : Observation(Id, SubjectId)
{
    /// <summary>Gets the footer elements not clearly listed (empty, never default).</summary>
    public ImmutableArray<FooterElement> FooterMissing { get; init; } = FooterMissing.IsDefault ? [] : FooterMissing;

    private protected override void ClosedHierarchy()
    {
    }
}
