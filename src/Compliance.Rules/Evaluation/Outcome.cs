using Compliance.Rules.Calendar;
using Compliance.Rules.Facts;
using Compliance.Rules.Results;

namespace Compliance.Rules.Evaluation;

/// <summary>The results of subjects that are not scored: excluded by the revision, or not assessable.</summary>
internal static class Outcome
{
    /// <summary>Builds the result of a subject that could not be assessed.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="note">Why, in Chinese.</param>
    /// <returns>The assessment.</returns>
    public static Assessment NotAssessed(Subject subject, string note) => Empty(subject, Verdict.NotAssessed, note);

    /// <summary>Builds the result of a subject the revision excludes from the inspection.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="reason">The revision's reason.</param>
    /// <returns>The assessment.</returns>
    public static Assessment Excluded(Subject subject, string reason) => Empty(subject, Verdict.Excluded, reason);

    /// <summary>Explains why a subject's evaluation failed, from the exception its session threw.</summary>
    /// <param name="error">The exception (NRules wraps the one a condition or action threw).</param>
    /// <returns>The note, in Chinese, naming a date outside the calendar where that was the cause.</returns>
    public static string Explain(Exception error)
    {
        var innermost = error;
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is CalendarRangeException range)
            {
                return ResultText.OutsideCalendar(range);
            }

            innermost = e;
        }

        var message = innermost.Message.Split('\n', 2)[0].Trim();
        return ResultText.Failed(message.Length > 200 ? message[..200] + "…" : message);
    }

    private static Assessment Empty(Subject subject, Verdict verdict, string note) => new()
    {
        Subject = subject,
        Verdict = verdict,
        FailureCause = FailureCause.None,
        Violations = [],
        Bonuses = [],
        ScoreLines = [],
        VerdictNote = note,
    };
}
