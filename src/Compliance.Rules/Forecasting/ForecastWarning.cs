using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Facts;
using Compliance.Rules.Results;
using NodaTime;

namespace Compliance.Rules.Forecasting;

/// <summary>
/// A warning (预警): an indicator about to fire for a subject — a veto that will fail it, a deduction, a message about to
/// be overdue — or a bonus about to be lost, with the date, the days left and the wording of the indicator's
/// <c>warn:</c> template (or a default wording in the notice's style: 将于{date}因{reason}不合格).
/// </summary>
/// <remarks>Built only by <see cref="ForecastAnalysis"/>. This type is immutable and thread-safe.</remarks>
public sealed class ForecastWarning
{
    internal ForecastWarning(ForecastChange change, Finding finding, ForecastEvent @event, string text, int days, int workingDays, bool isDue)
    {
        Change = change;
        Finding = finding;
        Event = @event;
        Text = text;
        Days = days;
        WorkingDays = workingDays;
        IsDue = isDue;
    }

    /// <summary>Gets the date the indicator starts (or, for a lost bonus, stops) firing.</summary>
    public LocalDate Date => Change.Date;

    /// <summary>Gets the subject.</summary>
    public Subject Subject => Change.After.Subject;

    /// <summary>Gets the unit the subject is reported under (单位): an account's unit, a website's organiser, a supervising body's name.</summary>
    public string Unit => UnitOf(Subject);

    /// <summary>Gets the indicator's id.</summary>
    public string IndicatorId => Finding.IndicatorId;

    /// <summary>Gets the indicator's name.</summary>
    public string IndicatorName => Finding.IndicatorName;

    /// <summary>Gets whether the indicator is a veto, deduction, bonus or notice.</summary>
    public IndicatorKind Kind => Finding.Kind;

    /// <summary>Gets what happens: an indicator starts to fire, a deduction grows, or a bonus is lost.</summary>
    public ForecastEvent Event { get; }

    /// <summary>
    /// Gets the finding concerned, as evaluated at <see cref="Date"/>; for a lost bonus, the finding that stops, as
    /// evaluated before.
    /// </summary>
    public Finding Finding { get; }

    /// <summary>Gets the subject's change on that date: the verdict and scores before and after.</summary>
    public ForecastChange Change { get; }

    /// <summary>Gets the warning's text.</summary>
    public string Text { get; }

    /// <summary>Gets the calendar days from the as-of date to <see cref="Date"/>.</summary>
    public int Days { get; }

    /// <summary>Gets the working days strictly between the as-of date and <see cref="Date"/>: the working days left to act.</summary>
    public int WorkingDays { get; }

    /// <summary>
    /// Gets whether the date lies within how far ahead the indicator warns (<c>warn_ahead</c>, the revision's setting
    /// when the indicator has none): the warnings <c>evaluate --warn</c> shows.
    /// </summary>
    public bool IsDue { get; }

    /// <summary>
    /// Ranks the units of some subjects by where the batch first lists them: a batch that lists its subjects as a notice
    /// does (兵团 bodies, then the divisions 第一师 … 第十四师) ranks the units in the notice's order, which sorting their
    /// names would not (第七师 sorts before 第三师).
    /// </summary>
    /// <param name="subjects">The subjects, in the batch's order.</param>
    /// <returns>The rank of each unit.</returns>
    internal static Dictionary<string, int> UnitRanks(IEnumerable<Subject> subjects)
    {
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var subject in subjects)
        {
            ranks.TryAdd(UnitOf(subject), ranks.Count);
        }

        return ranks;
    }

    /// <summary>Gets the unit a subject is reported under.</summary>
    /// <param name="subject">The subject.</param>
    /// <returns>An account's unit, a website's organiser, a supervising body's name.</returns>
    internal static string UnitOf(Subject subject) => subject switch
    {
        NewMediaAccount account => account.Unit,
        Website site => site.Organiser,
        _ => subject.Name,
    };
}
