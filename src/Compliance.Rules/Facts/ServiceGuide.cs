using System.Collections.Immutable;

namespace Compliance.Rules.Facts;

/// <summary>A service guide (办事指南) offered by a website, with the key elements that are missing or inaccurate.</summary>
/// <param name="Id">The guide's id.</param>
/// <param name="SubjectId">The website.</param>
/// <param name="ItemName">The service item it describes (事项名称).</param>
/// <param name="MissingElements">Key element categories the guide lacks.</param>
/// <param name="InaccurateElements">Key element categories the guide states wrongly.</param>
/// <param name="FormsDownloadable">Whether the forms and attachments it needs can be downloaded normally.</param>
public sealed record ServiceGuide(
    string Id,
    string SubjectId,
    string ItemName,
    ImmutableArray<GuideElement> MissingElements,
    ImmutableArray<GuideElement> InaccurateElements,
    bool FormsDownloadable = true) : Observation(Id, SubjectId)
{
    /// <inheritdoc/>
    public bool Equals(ServiceGuide? other) =>
        other is not null
        && Id == other.Id
        && SubjectId == other.SubjectId
        && ItemName == other.ItemName
        && MissingElements.SequenceEqual(other.MissingElements)
        && InaccurateElements.SequenceEqual(other.InaccurateElements)
        && FormsDownloadable == other.FormsDownloadable;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, SubjectId, ItemName);

    private protected override void ClosedHierarchy()
    {
    }
}
