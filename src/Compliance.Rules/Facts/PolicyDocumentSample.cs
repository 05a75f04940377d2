namespace Compliance.Rules.Facts;

/// <summary>
/// A policy document drawn into the sample of major documents issued in the name of the region or body, or of its general
/// office (涉及面广、社会关注度高的政策文件), and whether it has been interpreted (政策文件抽查).
/// </summary>
/// <param name="Id">The record's id.</param>
/// <param name="SubjectId">The website that published it.</param>
/// <param name="Title">The document's title.</param>
/// <param name="Interpreted">Whether an interpretation (解读) of it is published.</param>
public sealed record PolicyDocumentSample(
    string Id,
    string SubjectId,
    string Title,
    bool Interpreted) : Observation(Id, SubjectId)
{
    private protected override void ClosedHierarchy()
    {
    }
}
