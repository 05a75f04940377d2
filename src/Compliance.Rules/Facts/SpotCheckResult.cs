using NodaTime;

namespace Compliance.Rules.Facts;

/// <summary>
/// The result of a State Council General Office spot check (国办抽查) of one website or new-media account, recorded
/// against the body that supervises it.
/// </summary>
/// <param name="Id">The result's id.</param>
/// <param name="SubjectId">The supervising body (<see cref="SupervisingBody"/>) of the checked website or account.</param>
/// <param name="CheckedId">The id of the website or account checked.</param>
/// <param name="CheckedName">The name of the website or account checked.</param>
/// <param name="CheckedOn">The date of the check.</param>
/// <param name="Passed">Whether the website or account was judged 合格.</param>
/// <param name="SeriousMisstatement">Whether it was judged 不合格 because of a serious misstatement (严重表述错误).</param>
public sealed record SpotCheckResult(
    string Id,
    string SubjectId,
    string CheckedId,
    string CheckedName,
    LocalDate CheckedOn,
    bool Passed,
    bool SeriousMisstatement = false) : Observation(Id, SubjectId)
{
    private protected override void ClosedHierarchy()
    {
    }
}
