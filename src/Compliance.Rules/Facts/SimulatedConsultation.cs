using NodaTime;

namespace Compliance.Rules.Facts;

/// <summary>
/// A simple, common question an inspector put to a website as a user would (模拟用户咨询), and the answer it got.
/// </summary>
/// <remarks>
/// Two rows put questions separately (办理答复: 2, 实时互动: 1 and one to the intelligent Q&amp;A); <see cref="Sample"/> names
/// the sample a record belongs to, as the revision's <c>sample:</c> declarations name it.
/// </remarks>
/// <param name="Id">The record's id.</param>
/// <param name="SubjectId">The website.</param>
/// <param name="Sample">The sample it belongs to, such as 办理答复.</param>
/// <param name="Channel">How the question was put.</param>
/// <param name="Asked">When it was asked, Beijing local time.</param>
/// <param name="Answered">When the answer came online, Beijing local time; <see langword="null"/> while there is none.</param>
/// <param name="AnswerAccurate">Whether the answer was accurate, as the inspector judged it.</param>
public sealed record SimulatedConsultation(
    string Id,
    string SubjectId,
    string Sample,
    ConsultationChannel Channel,
    LocalDateTime Asked,
    LocalDateTime? Answered = null,
    bool AnswerAccurate = false) : Observation(Id, SubjectId)
{
    private protected override void ClosedHierarchy()
    {
    }
}
