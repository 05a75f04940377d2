using System.Collections.Immutable;
using Compliance.Rules.Authoring.Grammar;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Authoring.Templates;
using Compliance.Rules.Calendar;
using Compliance.Rules.Compilation;
using Compliance.Rules.Evaluation;
using Compliance.Rules.Facts;
using Compliance.Rules.Results;
using NodaTime;

namespace Compliance.Rules.Forecasting;

/// <summary>
/// Lists the messages waiting for an answer: of every channel the revision's report settings count, the messages with no
/// answer recorded and not overdue at the as-of date, each with the deadline of the channel's <c>overdue</c> indicator
/// that would find it overdue.
/// </summary>
/// <remarks>
/// That indicator is one whose condition is a single <c>each</c> of messages with an <c>elapsed</c> test (more than, or
/// at least, some days, working days, months or years from receipt). The first date it fires is where its elapsed test
/// starts to hold; the message is pending under it when the indicator's whole filter holds for the message on that date
/// (its channel, validity, no answer…), tested with the filter the rule is compiled from. No rule set knowledge is in
/// this code: the channels and indicators are the revision's.
/// </remarks>
internal static class PendingMessages
{
    /// <summary>Lists the pending messages of a batch.</summary>
    /// <param name="evaluator">The rule set's evaluator.</param>
    /// <param name="current">The result at the as-of date.</param>
    /// <param name="skipped">The indicators the batch cannot assess (facts not observed).</param>
    /// <param name="batch">The batch.</param>
    /// <returns>The messages, by deadline, then unit (in the order the batch first lists it), then batch order.</returns>
    public static ImmutableArray<PendingMessage> Of(BatchEvaluator evaluator, BatchResult current, IReadOnlySet<string> skipped, FactBatch batch)
    {
        var revision = evaluator.Revision;
        var tests = revision.Report.Messages
            .SelectMany(setting => setting.OverdueIndicators.Select(id => (setting.Channel, Indicator: revision.FindIndicator(id))))
            .Where(t => t.Indicator is { Enabled: true } && !skipped.Contains(t.Indicator.Id))
            .Select(t => (t.Channel, Indicator: t.Indicator!, Each: t.Indicator!.Condition as EachFact))
            .Where(t => t.Each is { } each && each.Selection.Type.ClrType == typeof(Message) && IsUpperLimit(Placeholders.ElapsedOf(each)))
            .Select(t => (t.Channel, t.Indicator, Elapsed: Placeholders.ElapsedOf(t.Each!)!, Filter: evaluator.CompileFilter(t.Each!.Selection.Where!, typeof(Message))))
            .ToList();
        var pending = new List<(PendingMessage Message, int Subject)>();
        if (tests.Count == 0)
        {
            return [];
        }

        var scopes = new Dictionary<LocalDate, EvaluationScope>();
        for (var s = 0; s < current.Assessments.Length; s++)
        {
            var assessment = current.Assessments[s];
            if (assessment.Verdict is not (Verdict.Pass or Verdict.Fail))
            {
                continue;
            }

            foreach (var message in batch.ObservationsOf(assessment.Subject.Id).OfType<Message>())
            {
                foreach (var (channel, indicator, elapsed, filter) in tests)
                {
                    if (message.Channel == channel && evaluator.Applies(indicator, assessment.Subject)
                        && Pending(message, indicator, elapsed, filter, evaluator, current.AsOf, scopes) is { } found)
                    {
                        pending.Add((new PendingMessage(assessment.Subject, message, indicator.Id, found.Deadline, found.OverdueFrom, found.Left), s));
                        break;
                    }
                }
            }
        }

        var units = ForecastWarning.UnitRanks(current.Assessments.Select(a => a.Subject));
        return
        [
            .. pending
                .OrderBy(p => p.Message.Deadline)
                .ThenBy(p => units[ForecastWarning.UnitOf(p.Message.Subject)])
                .ThenBy(p => p.Subject)
                .Select(p => p.Message),
        ];
    }

    private static (LocalDate Deadline, LocalDate OverdueFrom, int Left)? Pending(
        Message message,
        Indicator indicator,
        Elapsed elapsed,
        Func<object, EvaluationScope, bool> filter,
        BatchEvaluator evaluator,
        LocalDate asOf,
        Dictionary<LocalDate, EvaluationScope> scopes)
    {
        if (elapsed.To is { } to && to.Property.GetValue(message) is not null)
        {
            return null;
        }

        if (AggregatePart.DateOf(elapsed.From.Property.GetValue(message)) is not { } from)
        {
            return null;
        }

        try
        {
            var deadline = ElapsedLimit.LastAllowedDay(elapsed, from, evaluator.Calendar) ?? LastAllowedInMonths(elapsed, from);
            var overdueFrom = deadline.PlusDays(1);
            if (overdueFrom <= asOf)
            {
                return null;
            }

            if (!scopes.TryGetValue(overdueFrom, out var scope))
            {
                scopes[overdueFrom] = scope = evaluator.ScopeAt(overdueFrom);
            }

            return filter(message, scope) ? (deadline, overdueFrom, evaluator.Calendar.WorkingDaysBetween(asOf, deadline)) : null;
        }
        catch (CalendarRangeException)
        {
            // A deadline the calendar does not reach is not listed; the evaluation at the as-of date says what it can.
            return null;
        }
    }

    // "More than" or "at least" some time from receipt: a limit that, once passed, stays passed.
    private static bool IsUpperLimit(Elapsed? elapsed) =>
        elapsed is not null && (elapsed.Comparison.Operator == ComparisonOperator.Gt || elapsed.Comparison.Operator == ComparisonOperator.Gte);

    // Months and years compare the as-of date with the day of receipt moved by the limit: more than 3 months (gt) holds
    // from the day after that date, at least 3 months (gte) from the date itself.
    private static LocalDate LastAllowedInMonths(Elapsed elapsed, LocalDate from)
    {
        var limit = (int)elapsed.Comparison.Threshold;
        var bound = elapsed.Unit == TimeUnit.Months ? from.PlusMonths(limit) : from.PlusYears(limit);
        return elapsed.Comparison.Operator == ComparisonOperator.Gte ? bound.PlusDays(-1) : bound;
    }
}
