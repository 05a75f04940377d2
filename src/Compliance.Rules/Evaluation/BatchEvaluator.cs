using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Reflection;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Calendar;
using Compliance.Rules.Compilation;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;
using Compliance.Rules.Results;
using Compliance.Rules.Scoring;
using NodaTime;

namespace Compliance.Rules.Evaluation;

/// <summary>
/// Evaluates batches with a compiled revision: decides for every subject whether it is excluded, cannot be assessed or is
/// assessed, partitions the assessed ones into sessions, runs the sessions in parallel, resolves each subject's scoring
/// parameters from the compiled selectors and hands them with its findings to the pure <see cref="Scorer"/>. One subject
/// whose facts break its evaluation gets a <see cref="Verdict.NotAssessed"/> result; the rest of the batch goes on.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class BatchEvaluator
{
    private static readonly string PackageVersion =
        typeof(BatchEvaluator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(BatchEvaluator).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    private readonly RuleRevision _revision;
    private readonly WorkingDayCalendar _calendar;
    private readonly FrozenDictionary<SubjectKind, SessionPlan> _sessions;
    private readonly IReadOnlyList<Window> _windows;
    private readonly ScoringResolver _scoring;
    private readonly Scorer _scorer;
    private readonly FrozenDictionary<string, SubjectFilter> _applicability;
    private readonly ImmutableArray<(SubjectFilter Filter, string Reason)> _exclusions;
    private readonly InspectorFindingCheck _findingCheck;
    private readonly SampleSizeCheck _sampleCheck;
    private readonly bool _countsWorkingDays;
    private readonly EvaluationScope _subjectScope;
    private readonly PredicateCompiler _predicates;
    private readonly FrozenDictionary<string, Lazy<SessionPlan>> _indicatorSessions;
    private readonly object _compiling = new();
    private readonly ConcurrentDictionary<Predicate, Func<object, EvaluationScope, bool>> _filters = new(ReferenceEqualityComparer.Instance);

    /// <summary>Initializes a new instance of the <see cref="BatchEvaluator"/> class.</summary>
    /// <param name="revision">The revision.</param>
    /// <param name="calendar">Its calendar.</param>
    /// <param name="rules">The revision compiled: session factories, windows and selectors.</param>
    public BatchEvaluator(RuleRevision revision, WorkingDayCalendar calendar, CompiledRules rules)
    {
        _predicates = rules.Predicates;
        _indicatorSessions = rules.IndicatorSessions;
        _revision = revision;
        _calendar = calendar;
        _sessions = rules.Sessions;
        _windows = rules.Windows;
        _scoring = new ScoringResolver(revision, rules.Scoring);
        _scorer = new Scorer(_scoring.Table);
        _applicability = rules.Applicability;
        _exclusions = rules.Exclusions;
        // Subjects carry no dates, so their filters use no window: a scope without windows serves every date.
        _subjectScope = new EvaluationScope(WindowTable.For([], calendar.CoveredRange.Start, calendar), calendar);
        _findingCheck = new InspectorFindingCheck(revision, Applies);
        _sampleCheck = new SampleSizeCheck(revision, rules.Predicates, Applies, _subjectScope);
        _countsWorkingDays = revision.Indicators.Any(i => i.Enabled && IndicatorNeeds.CountsWorkingDays(i));
    }

    /// <summary>Checks a batch's inspector findings and samples against the revision.</summary>
    /// <param name="batch">The batch.</param>
    /// <returns>Every error, positioned where the batch was read from.</returns>
    public ImmutableArray<Diagnostic> Check(FactBatch batch) => _findingCheck.Check(batch).AddRange(_sampleCheck.Check(batch));

    /// <summary>Evaluates a batch.</summary>
    /// <param name="batch">The batch.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="options">The options.</param>
    /// <returns>One result per subject, and the summary, coverage, provenance and warnings.</returns>
    public BatchResult Evaluate(FactBatch batch, LocalDate asOf, EvaluationOptions options) => Evaluate(batch, asOf, options, keepTemplateValues: false);

    /// <summary>Gets the revision.</summary>
    public RuleRevision Revision => _revision;

    /// <summary>Gets the calendar.</summary>
    public WorkingDayCalendar Calendar => _calendar;

    /// <summary>Gets the time windows of the rules, by slot.</summary>
    public IReadOnlyList<Window> Windows => _windows;

    /// <summary>Tells whether an enabled indicator applies to a subject (its kind and its <c>applies_to</c> filter).</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="subject">The subject.</param>
    /// <returns>Whether its rule can fire for the subject.</returns>
    public bool Applies(Indicator indicator, Subject subject) =>
        indicator.SubjectKind == subject.Kind && _applicability.TryGetValue(indicator.Id, out var filter) && filter.Matches(subject, _subjectScope);

    /// <summary>
    /// Compiles a filter of the rule set into a delegate over one fact, exactly as the rules test it, for code that tests
    /// single facts outside the network (a forecast's list of pending messages).
    /// </summary>
    /// <param name="predicate">The filter, from one of the revision's indicators.</param>
    /// <param name="factType">The fact type it tests.</param>
    /// <returns>The delegate, compiled once per filter and then shared; test it with <see cref="ScopeAt(LocalDate)"/>.</returns>
    public Func<object, EvaluationScope, bool> CompileFilter(Predicate predicate, Type factType) =>
        _filters.TryGetValue(predicate, out var compiled) ? compiled : _filters.GetOrAdd(predicate, p =>
        {
            // The compiler numbers windows as it meets them; the rules have met every window of the revision already.
            lock (_compiling)
            {
                return _predicates.CompileDelegate(p, factType);
            }
        });

    /// <summary>Gets a scope for testing single facts at an as-of date (no findings are recorded in it).</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The scope.</returns>
    public EvaluationScope ScopeAt(LocalDate asOf) => new(WindowTable.For(_windows, asOf, _calendar), _calendar);

    /// <summary>Checks an as-of date as <see cref="Evaluate(FactBatch, LocalDate, EvaluationOptions)"/> does.</summary>
    /// <param name="asOf">The as-of date.</param>
    public void CheckAsOf(LocalDate asOf) => AsOfRange.Check(asOf, _calendar, _countsWorkingDays);

    /// <summary>
    /// Evaluates a batch, keeping the values each finding's templates were rendered from when asked (a forecast renders
    /// its warnings from them); otherwise exactly <see cref="Evaluate(FactBatch, LocalDate, EvaluationOptions)"/>.
    /// </summary>
    /// <param name="batch">The batch.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="options">The options.</param>
    /// <param name="keepTemplateValues">Whether findings keep their template values.</param>
    /// <returns>One result per subject, and the summary, coverage, provenance and warnings.</returns>
    public BatchResult Evaluate(FactBatch batch, LocalDate asOf, EvaluationOptions options, bool keepTemplateValues)
    {
        AsOfRange.Check(asOf, _calendar, _countsWorkingDays);
        var windows = WindowTable.For(_windows, asOf, _calendar);
        var coverage = CoveragePlan.For(_revision, batch, options.AssumeComplete);
        var findingErrors = Check(batch);
        var invalid = findingErrors.GroupBy(d => d.Subject ?? string.Empty, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var probe = new EvaluationScope(windows, _calendar);
        var assessments = new Assessment?[batch.Subjects.Length];
        var evaluated = new List<int>(batch.Subjects.Length);
        for (var i = 0; i < batch.Subjects.Length; i++)
        {
            var subject = batch.Subjects[i];
            assessments[i] = Exclusion(subject, probe)
                ?? (_sessions.ContainsKey(subject.Kind) ? null : Outcome.NotAssessed(subject, ResultText.KindNotAssessed(_revision.Id, subject.Kind)))
                ?? (invalid.TryGetValue(subject.Id, out var errors) ? Outcome.NotAssessed(subject, ResultText.InvalidFindings(errors)) : null);
            if (assessments[i] is null)
            {
                evaluated.Add(i);
            }
        }

        var skipped = coverage.Skipped.Keys.ToFrozenSet(StringComparer.Ordinal);
        var groups = SessionGroups.Partition(batch, evaluated);
        var done = 0;
        var parallel = options.Parallelism();
        Parallel.For(0, groups.Count, parallel, g =>
        {
            var (start, count) = groups[g];
            var indices = evaluated.GetRange(start, count);
            Assess(batch, indices, windows, coverage, skipped, assessments, keepTemplateValues, parts: null);
            if (options.Progress is { } progress)
            {
                for (var k = 0; k < count; k++)
                {
                    progress.Report(Interlocked.Increment(ref done));
                }
            }
        });

        ImmutableArray<Assessment> results = [.. assessments.Select(a => a!)];
        var warnings = PlausibilityCheck.Check(_revision, batch, asOf)
            .AddRange(findingErrors)
            .AddRange(OutcomeWarnings.Of(_revision, results, coverage.Coverage));
        return new BatchResult(_revision.Id, asOf, results, Summaries.Of(results))
        {
            Coverage = coverage.Coverage,
            Provenance = new Provenance(
                _revision.Id,
                _revision.ContentHash,
                [new CalendarProvenance(_calendar.Id, _calendar.CoveredRange, _calendar.DataVersion)],
                PackageVersion,
                asOf),
            Warnings = warnings,
        };
    }

    /// <summary>
    /// Evaluates some subjects of a batch again at another as-of date, each only for some of its indicators: the findings
    /// of the others are carried over from an earlier evaluation, and the subject is scored anew.
    /// </summary>
    /// <param name="batch">The batch.</param>
    /// <param name="indices">
    /// The indices of the subjects, ascending: subjects an evaluation assessed in a session (not excluded, of a kind the
    /// revision assesses, without invalid inspector findings), whose results can change with the date.
    /// </param>
    /// <param name="asOf">The as-of date, checked by the caller.</param>
    /// <param name="coverage">The batch's coverage plan.</param>
    /// <param name="options">Parallelism and cancellation.</param>
    /// <param name="parts">For each index, what to evaluate again and what to carry over.</param>
    /// <param name="assessments">
    /// Receives the assessments, by index in the batch (only the indices asked for are written); findings keep their
    /// template values.
    /// </param>
    /// <remarks>
    /// An indicator's findings depend only on the subject, its sets of observations of the types its condition reads and the
    /// as-of date, so evaluating its rules alone, with those sets, gives its findings of a full evaluation.
    /// </remarks>
    public void Reassess(FactBatch batch, List<int> indices, LocalDate asOf, CoveragePlan coverage, EvaluationOptions options, Func<int, PartialAssessment> parts, Assessment?[] assessments)
    {
        var windows = WindowTable.For(_windows, asOf, _calendar);
        var skipped = coverage.Skipped.Keys.ToFrozenSet(StringComparer.Ordinal);
        var groups = SessionGroups.Partition(batch, indices);
        var parallel = options.Parallelism();
        Parallel.For(0, groups.Count, parallel, g =>
        {
            var (start, count) = groups[g];
            Assess(batch, indices.GetRange(start, count), windows, coverage, skipped, assessments, keepTemplateValues: true, parts);
        });
    }

    private Assessment? Exclusion(Subject subject, EvaluationScope scope)
    {
        foreach (var (filter, reason) in _exclusions)
        {
            if (filter.Matches(subject, scope))
            {
                return Outcome.Excluded(subject, reason);
            }
        }

        return null;
    }

    /// <summary>
    /// Assesses subjects of one kind in one session: a single subject, or a small group sharing the session (see
    /// <see cref="SessionGroups"/>). When the session fails, the subjects are assessed one by one, so that the failure
    /// is pinned on its own subject and the others are assessed.
    /// </summary>
    private void Assess(
        FactBatch batch,
        List<int> indices,
        WindowTable windows,
        CoveragePlan coverage,
        IReadOnlySet<string> skipped,
        Assessment?[] assessments,
        bool keepTemplateValues,
        Func<int, PartialAssessment>? parts)
    {
        var subjects = indices.Select(i => batch.Subjects[i]).ToArray();
        var partOf = parts is null ? null : indices.Select(parts).ToArray();
        var scope = new EvaluationScope(windows, _calendar, skipped) { KeepsTemplateValues = keepTemplateValues };
        try
        {
            if (partOf is null)
            {
                var compiled = _sessions[subjects[0].Kind];
                Fire(compiled, scope, subjects, compiled.FactSets(batch, subjects));
            }
            else
            {
                // Only the indicators evaluated again, each in a session of its own rules (a site whose homepage posts age
                // out needs none of the probes and columns rules), with the subjects that evaluate it again.
                foreach (var indicator in partOf.SelectMany(p => p.Indicators).Distinct(StringComparer.Ordinal))
                {
                    var compiled = _indicatorSessions[indicator].Value;
                    Subject[] members = [.. subjects.Where((_, k) => partOf[k].Indicators.Contains(indicator))];
                    Fire(compiled, scope, members, compiled.FactSets(batch, members));
                }
            }

            for (var k = 0; k < subjects.Length; k++)
            {
                var findings = partOf is null ? scope.FindingsOf(subjects[k]) : scope.FindingsOf(subjects[k]).Concat(partOf[k].Carried);
                var assessment = _scorer.Assess(subjects[k], _scoring.For(subjects[k], scope), findings);
                var notAssessed = NotAssessedFor(subjects[k], coverage, scope);
                assessments[indices[k]] = notAssessed.IsEmpty ? assessment : new Assessment(assessment) { NotAssessed = notAssessed };
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            if (subjects.Length > 1)
            {
                foreach (var index in indices)
                {
                    Assess(batch, [index], windows, coverage, skipped, assessments, keepTemplateValues, parts);
                }

                return;
            }

            assessments[indices[0]] = Outcome.NotAssessed(subjects[0], Outcome.Explain(ex));
        }
    }

    private static void Fire(SessionPlan compiled, EvaluationScope scope, Subject[] subjects, List<SubjectFacts> sets)
    {
        var session = compiled.Factory.CreateSession();
        session.Insert(scope);
        session.InsertAll(subjects);

        // One insertion of the whole group: NRules propagates an insertion through the network as a batch, so one call
        // per subject costs a batch's bookkeeping per subject.
        session.InsertAll(sets);
        session.Fire();
    }

    private ImmutableArray<NotAssessedIndicator> NotAssessedFor(Subject subject, CoveragePlan coverage, EvaluationScope scope)
    {
        // The query is in a method of its own: its closure would otherwise be made for every subject, skipped or not.
        return coverage.Skipped.Count == 0 ? [] : SkippedFor(subject, coverage, scope);
    }

    private ImmutableArray<NotAssessedIndicator> SkippedFor(Subject subject, CoveragePlan coverage, EvaluationScope scope)
    {
        return [.. _revision.Indicators
            .Where(i => coverage.Skipped.ContainsKey(i.Id) && i.SubjectKind == subject.Kind && _applicability[i.Id].Matches(subject, scope))
            .Select(i => coverage.Skipped[i.Id])];
    }
}
