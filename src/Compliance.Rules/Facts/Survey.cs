using NodaTime;

namespace Compliance.Rules.Facts;

/// <summary>A survey or call for opinions run on a website (调查征集活动), and whether its results were published.</summary>
/// <param name="Id">The record's id.</param>
/// <param name="SubjectId">The website.</param>
/// <param name="Title">The survey's title.</param>
/// <param name="ByEmail">Whether it collected opinions by email only (电子邮件形式), not through an online channel.</param>
/// <param name="Started">When it started.</param>
/// <param name="Ended">When it ended; <see langword="null"/> while it runs.</param>
/// <param name="FeedbackPublished">When its results were published (公开反馈结果); <see langword="null"/> while they are not.</param>
public sealed record Survey(
    string Id,
    string SubjectId,
    string Title,
    LocalDate Started,
    bool ByEmail = false,
    LocalDate? Ended = null,
    LocalDate? FeedbackPublished = null) : Observation(Id, SubjectId)
{
    private protected override void ClosedHierarchy()
    {
    }
}
