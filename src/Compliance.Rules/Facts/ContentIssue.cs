using NodaTime;

namespace Compliance.Rules.Facts;

/// <summary>A content or security problem found on a website or new-media account.</summary>
/// <param name="Id">The issue's id.</param>
/// <param name="SubjectId">The website or account.</param>
/// <param name="Kind">What kind of problem it is.</param>
/// <param name="FoundOn">The date it was found.</param>
/// <param name="Description">What was found, where.</param>
/// <param name="Url">The page or post concerned, if any.</param>
public sealed record ContentIssue(
    string Id,
    string SubjectId,
    ContentIssueKind Kind,
    LocalDate FoundOn,
    string Description,
    string? Url = null) : Observation(Id, SubjectId)
{
    private protected override void ClosedHierarchy()
    {
    }
}
