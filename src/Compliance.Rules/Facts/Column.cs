using NodaTime;

namespace Compliance.Rules.Facts;

/// <summary>A column (栏目) of a website, with the date of its most recent dated item.</summary>
/// <param name="Id">The column's id.</param>
/// <param name="SubjectId">The website.</param>
/// <param name="Name">The column's name as shown on the site.</param>
/// <param name="Category">The column's category.</param>
/// <param name="IsTopLevel">Whether it is a first-level column (一级栏目).</param>
/// <param name="OnHomepage">Whether it is shown on the homepage (首页栏目).</param>
/// <param name="IsBlank">Whether it has held no information at all since it was opened (空白栏目).</param>
/// <param name="LastUpdated">
/// The publication date of its most recent dated item; <see langword="null"/> when it has no dated item
/// (items without a marked publication date count as not updated).
/// </param>
/// <param name="Overdue">
/// Whether it should have been updated by the monitoring point under its own update cycle and was not (应更新未更新), as the
/// monitoring judges it; a blank column is recorded as blank.
/// </param>
public sealed record Column(
    string Id,
    string SubjectId,
    string Name,
    ColumnCategory Category,
    bool IsTopLevel,
    bool OnHomepage,
    bool IsBlank,
    LocalDate? LastUpdated,
    bool Overdue = false) : Observation(Id, SubjectId)
{
    private protected override void ClosedHierarchy()
    {
    }
}
