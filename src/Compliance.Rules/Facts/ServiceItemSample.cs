using System.Collections.Immutable;

namespace Compliance.Rules.Facts;

/// <summary>
/// A service item (办事服务事项) drawn into a sample, and what the inspector found in its service guide (办事事项抽查).
/// </summary>
/// <remarks>
/// Several rows draw service items separately (办事指南 5, 内容准确 5, 表格样表 2, 服务关联 2); <see cref="Sample"/> names the
/// sample a record belongs to, as the revision's <c>sample:</c> declarations name it. Fields a row does not read keep
/// their defaults.
/// </remarks>
/// <param name="Id">The record's id.</param>
/// <param name="SubjectId">The website.</param>
/// <param name="Sample">The sample it was drawn into, such as 办事指南.</param>
/// <param name="ItemName">The item's name (事项名称).</param>
/// <param name="HasGuide">Whether the item has a service guide (办事指南).</param>
/// <param name="MissingElements">The key element categories its guide lacks.</param>
/// <param name="MaterialFormatUnclear">Whether the guide leaves the format of the materials unclear (原件/复印件、纸质版/电子版、份数).</param>
/// <param name="VagueWording">Whether the guide uses vague catch-all wording (如“根据有关法律法规规定应提交的其他材料”).</param>
/// <param name="PolicyByNameOnly">Whether the guide cites a policy document by name only, without its content.</param>
/// <param name="Errors">How many pieces of information (such as the consultation or complaint telephone) are wrong or differ from the actual requirements.</param>
/// <param name="FormsRequired">Whether the guide asks for application forms (申请表、申请书等表单).</param>
/// <param name="FormsAvailable">Whether a standard way to obtain those forms is provided (规范表格获取渠道).</param>
/// <param name="PolicyBasisLinked">Whether every policy document the item rests on is linked correctly to the site's policy library (政策文件库).</param>
public sealed record ServiceItemSample(
    string Id,
    string SubjectId,
    string Sample,
    string ItemName,
    bool HasGuide = true,
    ImmutableArray<GuideElement> MissingElements = default,
    bool MaterialFormatUnclear = false,
    bool VagueWording = false,
    bool PolicyByNameOnly = false,
    int Errors = 0,
    bool FormsRequired = false,
    bool FormsAvailable = true,
    bool PolicyBasisLinked = false) : Observation(Id, SubjectId)
{
    /// <summary>Gets the key element categories its guide lacks (empty, never default).</summary>
    public ImmutableArray<GuideElement> MissingElements { get; init; } = MissingElements.IsDefault ? [] : MissingElements;

    private protected override void ClosedHierarchy()
    {
    }
}
