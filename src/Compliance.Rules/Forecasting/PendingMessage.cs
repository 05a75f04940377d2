using Compliance.Rules.Facts;
using NodaTime;

namespace Compliance.Rules.Forecasting;

/// <summary>
/// A message not answered at the as-of date and not yet overdue, with its deadline under the indicator that would find it
/// overdue, and the working days left.
/// </summary>
/// <remarks>Built only by <see cref="ForecastAnalysis"/>. This type is immutable and thread-safe.</remarks>
public sealed class PendingMessage
{
    internal PendingMessage(Subject subject, Message message, string indicatorId, LocalDate deadline, LocalDate overdueFrom, int workingDaysLeft)
    {
        Subject = subject;
        Message = message;
        IndicatorId = indicatorId;
        Deadline = deadline;
        OverdueFrom = overdueFrom;
        WorkingDaysLeft = workingDaysLeft;
    }

    /// <summary>Gets the website (or account) that received the message.</summary>
    public Subject Subject { get; }

    /// <summary>Gets the message.</summary>
    public Message Message { get; }

    /// <summary>Gets the id of the indicator that finds the message overdue after its deadline (one of the channel's <c>overdue</c> indicators).</summary>
    public string IndicatorId { get; }

    /// <summary>Gets the last day to answer (答复期限), as the indicator's <c>{deadline}</c> states it.</summary>
    public LocalDate Deadline { get; }

    /// <summary>Gets the first as-of date at which the message is overdue if it is still not answered.</summary>
    public LocalDate OverdueFrom { get; }

    /// <summary>Gets the working days d with as-of &lt; d ≤ deadline, on the revision's calendar (0 when the deadline is the as-of date).</summary>
    public int WorkingDaysLeft { get; }
}
