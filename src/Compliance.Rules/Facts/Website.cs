namespace Compliance.Rules.Facts;

/// <summary>A government website (政府网站) under inspection.</summary>
/// <param name="Id">The site's unique id in the batch, such as its 网站标识码.</param>
/// <param name="Name">The site's name (网站名称).</param>
/// <param name="Organiser">The organising unit (主办单位).</param>
/// <param name="IsPortal">Whether the site is a government portal (政府门户网站) rather than a department site (部门网站).</param>
/// <param name="ProvidesExternalServices">Whether the organiser has external service functions (对外服务职能); portals of bodies without them are scored without the service indicators.</param>
/// <param name="Level">The administrative level of the organiser.</param>
/// <param name="HomepageIsNavigationOnly">Whether the homepage is only a navigation entry to the columns (then the homepage-update indicator looks at the second-level pages).</param>
public sealed record Website(
    string Id,
    string Name,
    string Organiser,
    bool IsPortal,
    bool ProvidesExternalServices,
    AdministrativeLevel Level,
    bool HomepageIsNavigationOnly = false) : Subject(Id, Name)
{
    /// <inheritdoc/>
    public override SubjectKind Kind => SubjectKind.Website;

    private protected override void ClosedHierarchy()
    {
    }
}
