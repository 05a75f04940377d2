using System.Collections.Immutable;
using Compliance.Rules.Facts;

namespace Compliance.Rules.Authoring.Model;

/// <summary>
/// One line of a report's message summary: the messages of a channel received, and how many were answered in time.
/// </summary>
/// <remarks>
/// "In time" is what the revision's indicators say it is: a message is overdue when it is part of the evidence of a
/// finding of one of <see cref="OverdueIndicators"/> (answered late, or unanswered past its deadline at the as-of date).
/// This type is immutable and thread-safe.
/// </remarks>
/// <param name="Channel">The channel whose messages are counted.</param>
/// <param name="OverdueIndicators">The ids of the indicators whose findings mark a message of the channel as not answered in time.</param>
internal sealed record MessageReportSetting(MessageChannel Channel, ImmutableArray<string> OverdueIndicators)
{
    /// <inheritdoc/>
    public bool Equals(MessageReportSetting? other) =>
        other is not null && Channel == other.Channel && OverdueIndicators.SequenceEqual(other.OverdueIndicators);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Channel, OverdueIndicators.Length);
}
