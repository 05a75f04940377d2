using Compliance.Rules.Calendar;
using Compliance.Rules.Facts;
using Compliance.Rules.Results;
using NodaTime;

namespace Compliance.Rules.Compilation;

/// <summary>
/// The one fact every session holds besides the subjects and their observations: the as-of date, its window table,
/// the calendar, the measurements that rule conditions keep for their actions, and the findings the actions record.
/// </summary>
/// <remarks>
/// The compiled rules read it; the evaluation makes one for every session it runs (one subject, or a small group of
/// subjects of one kind), and reads each subject's findings from it after firing. It keeps the findings of each subject
/// apart and is used by one thread at a time.
/// </remarks>
internal sealed class EvaluationScope
{
    private readonly Dictionary<Subject, List<Finding>> _findings = new(ReferenceEqualityComparer.Instance);
    private readonly IReadOnlySet<string> _skipped;
    private Dictionary<(object Part, SubjectFacts Facts), Measurement>? _measured;

    /// <summary>Initializes a new instance of the <see cref="EvaluationScope"/> class.</summary>
    /// <param name="windows">The window table of the evaluation.</param>
    /// <param name="calendar">The calendar.</param>
    /// <param name="skipped">The ids of the indicators not assessed (their firings are not recorded).</param>
    public EvaluationScope(WindowTable windows, WorkingDayCalendar calendar, IReadOnlySet<string>? skipped = null)
    {
        Windows = windows;
        Calendar = calendar;
        _skipped = skipped ?? EmptySet;
    }

    private static IReadOnlySet<string> EmptySet { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Gets whether findings keep the values their warning templates read (<see cref="Finding.TemplateValues"/>), as a
    /// forecast needs for its warnings.
    /// </summary>
    public bool KeepsTemplateValues { get; init; }

    /// <summary>Gets the window table.</summary>
    public WindowTable Windows { get; }

    /// <summary>Gets the as-of date.</summary>
    public LocalDate AsOf => Windows.AsOf;

    /// <summary>Gets the end of the as-of day (exclusive), as an instant in Asia/Shanghai.</summary>
    public Instant AsOfEnd => Windows.AsOfEnd;

    /// <summary>Gets the calendar.</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>Gets the findings recorded so far for a subject of the session.</summary>
    /// <param name="subject">The subject (the instance inserted into the session).</param>
    /// <returns>Its findings, in the order the rules fired.</returns>
    public IReadOnlyList<Finding> FindingsOf(Subject subject) => _findings.TryGetValue(subject, out var findings) ? findings : [];

    /// <summary>Gets the first date of a window.</summary>
    /// <param name="slot">The window's slot.</param>
    /// <returns>The date.</returns>
    public LocalDate WindowStart(int slot) => Windows.Starts[slot];

    /// <summary>Gets the first instant of a window.</summary>
    /// <param name="slot">The window's slot.</param>
    /// <returns>The instant.</returns>
    public Instant WindowStartInstant(int slot) => Windows.StartInstants[slot];

    /// <summary>
    /// Keeps a condition part's measurement of a subject's set of observations when it holds, for the action of the rule
    /// that fires on it; called by compiled rule conditions, which measure once.
    /// </summary>
    /// <param name="part">The part's run-time side (an <see cref="AggregatePart"/> or <see cref="EachPart"/>).</param>
    /// <param name="facts">The set measured.</param>
    /// <param name="measurement">The measurement.</param>
    /// <returns>Whether it holds.</returns>
    /// <remarks>
    /// Only measurements that hold are kept, so a subject whose rules do not fire costs nothing here. NRules tests a join's
    /// condition once per pair of partial match and fact, and the measurement depends on the part and the set alone.
    /// </remarks>
    public bool Keep(object part, SubjectFacts facts, Measurement measurement)
    {
        if (measurement.Holds)
        {
            (_measured ??= [])[(part, facts)] = measurement;
        }

        return measurement.Holds;
    }

    /// <summary>Gets the measurement a rule's condition kept for a part and a set.</summary>
    /// <param name="part">The part's run-time side.</param>
    /// <param name="facts">The set measured.</param>
    /// <returns>The measurement.</returns>
    public Measurement Measured(object part, SubjectFacts facts) => _measured![(part, facts)];

    /// <summary>Records a finding; called by compiled rule actions.</summary>
    /// <param name="plan">The indicator's plan.</param>
    /// <param name="subject">The subject.</param>
    /// <param name="matched">The values bound by the rule's parts, in part order.</param>
    public void Record(IndicatorPlan plan, Subject subject, object[] matched)
    {
        if (_skipped.Contains(plan.Indicator.Id))
        {
            return;
        }

        if (!_findings.TryGetValue(subject, out var findings))
        {
            findings = [];
            _findings.Add(subject, findings);
        }

        findings.AddRange(plan.CreateFindings(this, subject, matched));
    }
}
