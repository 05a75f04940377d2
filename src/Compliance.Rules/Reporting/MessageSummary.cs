using Compliance.Rules.Facts;
using Compliance.Rules.Results;

namespace Compliance.Rules.Reporting;

/// <summary>How the messages of one channel fared: received, answered in time, overdue, and still within their deadline.</summary>
/// <remarks>
/// A message is overdue when it is in the evidence of a finding of one of the indicators the revision's report settings
/// name for the channel; answered in time when it has an answer and is not overdue; pending when it has none and is not
/// overdue (its deadline has not passed at the as-of date). This type is immutable and thread-safe.
/// </remarks>
/// <param name="Channel">The channel.</param>
/// <param name="Received">How many messages of the channel the batch holds.</param>
/// <param name="AnsweredOnTime">How many were answered in time.</param>
/// <param name="Overdue">How many were answered late or are unanswered past their deadline.</param>
/// <param name="Pending">How many are unanswered but still within their deadline.</param>
internal sealed record MessageSummary(MessageChannel Channel, int Received, int AnsweredOnTime, int Overdue, int Pending)
{
    /// <summary>Gets the share answered in time, in percent, rounded half-up to two places; 0 when none were received.</summary>
    public decimal OnTimeRate => KindSummary.Rate(AnsweredOnTime, Received);
}
