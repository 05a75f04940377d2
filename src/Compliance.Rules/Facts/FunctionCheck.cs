using NodaTime;

namespace Compliance.Rules.Facts;

/// <summary>
/// A yes/no test of one function of a website (功能检查): registration, unified login, search, IPv6, a browser…
/// </summary>
/// <remarks>
/// A row that deducts for a missing function deducts for a recorded failure (<c>available: false</c>); a bonus row
/// rewards a recorded success. Record one check per function, and for <see cref="SiteFunction.BrowserCompatibility"/>
/// one per browser type.
/// </remarks>
/// <param name="Id">The check's id.</param>
/// <param name="SubjectId">The website.</param>
/// <param name="Function">The function tested.</param>
/// <param name="Available">Whether the site offers the function and it works.</param>
/// <param name="Browser">The browser type, for a compatibility check (主流浏览器, such as Chrome, Firefox, 360).</param>
/// <param name="CheckedOn">When it was tested.</param>
/// <param name="Note">What the tester saw, shown as evidence.</param>
public sealed record FunctionCheck(
    string Id,
    string SubjectId,
    SiteFunction Function,
    bool Available,
    string? Browser = null,
    LocalDate? CheckedOn = null,
    string? Note = null) : Observation(Id, SubjectId)
{
    private protected override void ClosedHierarchy()
    {
    }
}
