using NodaTime;

namespace Compliance.Rules.Facts;

/// <summary>A message (留言) from a netizen to a website or new-media account, and what became of it.</summary>
/// <param name="Id">The message's id.</param>
/// <param name="SubjectId">The website or account that received it.</param>
/// <param name="Channel">The channel it arrived through.</param>
/// <param name="Received">When it was received, in Beijing local time.</param>
/// <param name="Answered">When it was answered (答复), in Beijing local time; <see langword="null"/> while unanswered.</param>
/// <param name="Valid">Whether it is a valid message (有效留言); invalid ones (spam, duplicates) need no answer.</param>
/// <param name="Completed">When the matter was completed (办结), in Beijing local time, if it was.</param>
[FactType("Message", "留言")]
public sealed record Message(
    string Id,
    string SubjectId,
    MessageChannel Channel,
    LocalDateTime Received,
    LocalDateTime? Answered,
    bool Valid = true,
    LocalDateTime? Completed = null) : Observation(Id, SubjectId);
