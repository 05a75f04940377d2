namespace Compliance.Rules.Facts;

/// <summary>
/// A body whose supervision of government websites and new media is assessed every year (监管工作年度考核对象):
/// a province's (region's, municipality's) government general office, or the office of a State Council department.
/// </summary>
/// <remarks>
/// Observations about a supervising body describe its whole region or department: the "我为政府网站找错" messages of all
/// its websites (as <see cref="Message"/> facts naming the body), and the results of the State Council General Office's
/// spot checks of its websites and accounts (<see cref="SpotCheckResult"/>).
/// </remarks>
/// <param name="Id">The body's unique id in the batch.</param>
/// <param name="Name">The body's name, such as 某省人民政府办公厅.</param>
/// <param name="Level">Whether it supervises a province-level region (省级) or a State Council department (国务院部门).</param>
/// <param name="AllWebsitesOnIntensivePlatform">
/// Whether every government website of the region or department has moved onto an intensive shared platform (集约化平台)
/// with integrated resources, shared data and unified management.
/// </param>
public sealed record SupervisingBody(
    string Id,
    string Name,
    AdministrativeLevel Level,
    bool AllWebsitesOnIntensivePlatform = false) : Subject(Id, Name)
{
    /// <inheritdoc/>
    public override SubjectKind Kind => SubjectKind.Supervisor;

    private protected override void ClosedHierarchy()
    {
    }
}
