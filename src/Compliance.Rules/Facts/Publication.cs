using NodaTime;

namespace Compliance.Rules.Facts;

/// <summary>One item published in a website column or by a new-media account (信息发布, 推文).</summary>
/// <param name="Id">The publication's id.</param>
/// <param name="SubjectId">The website or account that published it.</param>
/// <param name="ColumnId">The column it appeared in, for websites; <see langword="null"/> for new-media posts.</param>
/// <param name="Published">Its marked publication date; <see langword="null"/> when it carries none (counts as not updated).</param>
/// <param name="Title">Its title.</param>
/// <param name="OnHomepage">Whether it appeared on the homepage.</param>
/// <param name="IsRepost">Whether it is a repost (转载) of another body's content.</param>
/// <param name="VisualisesData">Whether it presents or explains data in charts or graphics (图表图解等可视化方式).</param>
public sealed record Publication(
    string Id,
    string SubjectId,
    string? ColumnId,
    LocalDate? Published,
    string Title,
    bool OnHomepage = false,
    bool IsRepost = false,
    bool VisualisesData = false) : Observation(Id, SubjectId)
{
    private protected override void ClosedHierarchy()
    {
    }
}
