using NodaTime;

namespace Compliance.Rules.Facts;

/// <summary>A check of one link on a website (链接可用性).</summary>
/// <param name="Id">The check's id.</param>
/// <param name="SubjectId">The website.</param>
/// <param name="Url">The link's target.</param>
/// <param name="PageUrl">The page the link is on.</param>
/// <param name="CheckedAt">When the link was checked.</param>
/// <param name="Broken">Whether the link could not be opened normally (错链、断链).</param>
/// <param name="OnHomepage">Whether the link is on the homepage.</param>
/// <param name="StatusCode">The HTTP status code returned, if any.</param>
/// <param name="OnSecondLevelPage">
/// Whether the link is on a second-level page (二级页面), the pages checked instead of a homepage that is only a navigation entry.
/// </param>
public sealed record LinkCheck(
    string Id,
    string SubjectId,
    string Url,
    string PageUrl,
    Instant CheckedAt,
    bool Broken,
    bool OnHomepage,
    int? StatusCode = null,
    bool OnSecondLevelPage = false) : Observation(Id, SubjectId)
{
    private protected override void ClosedHierarchy()
    {
    }
}
