namespace Compliance.Rules.Facts;

/// <summary>A search test: the title of a published item or service searched with the site's search (搜索测试).</summary>
/// <param name="Id">The test's id.</param>
/// <param name="SubjectId">The website whose search was tested.</param>
/// <param name="Title">The title searched.</param>
/// <param name="FoundOnFirstPage">Whether the item was on the first page of results (搜索结果第一页).</param>
/// <param name="FromLowerLevelSite">Whether the title was taken from a lower-level site of the region or body (下级网站) rather than from the site itself.</param>
public sealed record SearchTest(
    string Id,
    string SubjectId,
    string Title,
    bool FoundOnFirstPage,
    bool FromLowerLevelSite = false) : Observation(Id, SubjectId)
{
    private protected override void ClosedHierarchy()
    {
    }
}
