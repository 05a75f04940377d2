using System.Collections.Immutable;
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
/// <param name="IsPublic">Whether the message and its answer are published on the site (公开); true unless recorded otherwise.</param>
/// <param name="UnpublishedFields">For a published message, the parts the site does not show with it.</param>
/// <param name="Sampled">Whether it is one of the published messages the inspector drew as a sample (随机抽查).</param>
public sealed record Message(
    string Id,
    string SubjectId,
    MessageChannel Channel,
    LocalDateTime Received,
    LocalDateTime? Answered,
    bool Valid = true,
    LocalDateTime? Completed = null,
    bool IsPublic = true,
    ImmutableArray<MessageField> UnpublishedFields = default,
    bool Sampled = false) : Observation(Id, SubjectId)
{
    /// <summary>Gets the parts the site does not show with the published message (empty, never default).</summary>
    public ImmutableArray<MessageField> UnpublishedFields { get; init; } = UnpublishedFields.IsDefault ? [] : UnpublishedFields;

    /// <inheritdoc/>
    public bool Equals(Message? other) =>
        other is not null
        && Id == other.Id
        && SubjectId == other.SubjectId
        && Channel == other.Channel
        && Received == other.Received
        && Answered == other.Answered
        && Valid == other.Valid
        && Completed == other.Completed
        && IsPublic == other.IsPublic
        && UnpublishedFields.SequenceEqual(other.UnpublishedFields)
        && Sampled == other.Sampled;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, SubjectId, Channel, Received);

    private protected override void ClosedHierarchy()
    {
    }
}
