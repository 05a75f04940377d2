namespace Compliance.Rules.Facts;

/// <summary>
/// A check of one page of a website (页面检查): whether its footer holds the "我为政府网站找错" entry, and, for a page drawn
/// into the page-tag sample, whether it carries its meta tags.
/// </summary>
/// <param name="Id">The check's id.</param>
/// <param name="SubjectId">The website.</param>
/// <param name="Url">The page's address.</param>
/// <param name="PageType">The kind of page.</param>
/// <param name="ErrorReportEntry">Whether the footer holds the "我为政府网站找错" entry as the standard requires (规范添加).</param>
/// <param name="TagsSampled">Whether the page was drawn into the sample of pages checked for tags (随机抽查的内容页面、栏目页面).</param>
/// <param name="HasSiteTag">Whether the page carries the site tag (站点标签).</param>
/// <param name="HasPageTag">Whether the page carries its own tag: the content tag of a content page, the column tag of a column page (内容标签、栏目标签).</param>
public sealed record PageCheck(
    string Id,
    string SubjectId,
    string Url,
    PageType PageType,
    bool ErrorReportEntry = true,
    bool TagsSampled = false,
    bool HasSiteTag = true,
    bool HasPageTag = true) : Observation(Id, SubjectId)
{
    private protected override void ClosedHierarchy()
    {
    }
}
