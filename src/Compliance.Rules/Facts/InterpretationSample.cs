using System.Collections.Immutable;

namespace Compliance.Rules.Facts;

/// <summary>
/// An interpretation (解读稿) drawn into a sample, with its links to the policy document it interprets and its forms
/// (解读稿抽查).
/// </summary>
/// <remarks>
/// Two rows of the 2019 indicators draw interpretations separately (解读关联 and 解读回应); <see cref="Sample"/> names the
/// sample a record belongs to, as the revision's <c>sample:</c> declarations name it.
/// </remarks>
/// <param name="Id">The record's id.</param>
/// <param name="SubjectId">The website.</param>
/// <param name="Sample">The sample it was drawn into, such as 解读关联.</param>
/// <param name="Title">The interpretation's title.</param>
/// <param name="LinksToPolicy">Whether the interpretation links to the policy document it interprets.</param>
/// <param name="LinkedFromPolicy">Whether that policy document links back to the interpretation.</param>
/// <param name="Formats">The forms it takes.</param>
public sealed record InterpretationSample(
    string Id,
    string SubjectId,
    string Sample,
    string Title,
    bool LinksToPolicy = true,
    bool LinkedFromPolicy = true,
    ImmutableArray<InterpretationFormat> Formats = default) : Observation(Id, SubjectId)
{
    /// <summary>Gets the forms it takes (empty, never default).</summary>
    public ImmutableArray<InterpretationFormat> Formats { get; init; } = Formats.IsDefault ? [] : Formats;

    private protected override void ClosedHierarchy()
    {
    }
}
