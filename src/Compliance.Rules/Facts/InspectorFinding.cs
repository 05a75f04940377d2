namespace Compliance.Rules.Facts;

/// <summary>
/// A finding recorded by a person for an indicator that a machine cannot judge (for example 解读关联 or a bonus item).
/// </summary>
/// <param name="Id">The finding's id.</param>
/// <param name="SubjectId">The website or account concerned.</param>
/// <param name="IndicatorId">The id of the indicator the finding is for, as written in the rule set.</param>
/// <param name="Occurrences">How many times the problem (or merit) was found.</param>
/// <param name="Points">The points the inspector assigns, when the indicator takes its points from the finding.</param>
/// <param name="Note">The inspector's note, shown as evidence.</param>
/// <param name="Rule">
/// The numbered sub-rule of the indicator the finding is for (its <c>rule:</c> under <c>any:</c>), when the indicator has
/// more than one sub-rule judged by an inspector; otherwise <see langword="null"/>.
/// </param>
public sealed record InspectorFinding(
    string Id,
    string SubjectId,
    string IndicatorId,
    int Occurrences = 1,
    decimal? Points = null,
    string? Note = null,
    string? Rule = null) : Observation(Id, SubjectId)
{
    private protected override void ClosedHierarchy()
    {
    }
}
