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
using NRules;

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

    /// <summary>Initializes a new instance of the <see cref="BatchEvaluator"/> class.</summary>
    /// <param name="revision">The revision.</param>
    /// <param name="calendar">Its calendar.</param>
    /// <param name="rules">The revision compiled: session factories, windows and selectors.</param>
    public BatchEvaluator(RuleRevision revision, WorkingDayCalendar calendar, CompiledRules rules)
    {
        _revision = revision;
        _calendar = calendar;
        _sessions = rules.Sessions;
        _windows = rules.Windows;
        _scoring = new ScoringResolver(revision, rules.Scoring);
        _scorer = new Scorer(_scoring.Table);
        _applicability = rules.Applicability;
        _exclusions = rules.Exclusions;
        // Subjects carry no dates, so their filters use no window: a scope without windows serves every date.
        var subjectScope = new EvaluationScope(WindowTable.For([], calendar.CoveredRange.Start, calendar), calendar);
        bool Applies(Indicator indicator, Subject subject) =>
            indicator.SubjectKind == subject.Kind && _applicability.TryGetValue(indicator.Id, out var filter) && filter.Matches(subject, subjectScope);
        _findingCheck = new InspectorFindingCheck(revision, Applies);
        _sampleCheck = new SampleSizeCheck(revision, rules.Predicates, Applies, subjectScope);
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
    public BatchResult Evaluate(FactBatch batch, LocalDate asOf, EvaluationOptions options)
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
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Max(1, options.MaxDegreeOfParallelism),
            CancellationToken = options.CancellationToken,
        };
        Parallel.For(0, groups.Count, parallel, g =>
        {
            var (start, count) = groups[g];
            var indices = evaluated.GetRange(start, count);
            Assess(batch, indices, windows, coverage, skipped, assessments);
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
    private void Assess(FactBatch batch, List<int> indices, WindowTable windows, CoveragePlan coverage, IReadOnlySet<string> skipped, Assessment?[] assessments)
    {
        var subjects = indices.Select(i => batch.Subjects[i]).ToArray();
        var scope = new EvaluationScope(windows, _calendar, skipped);
        try
        {
            var compiled = _sessions[subjects[0].Kind];
            var session = compiled.Factory.CreateSession();
            session.Insert(scope);
            session.InsertAll(subjects);

            // One insertion of the whole group: NRules propagates an insertion through the network as a batch, so one
            // call per subject costs a batch's bookkeeping per subject.
            session.InsertAll(compiled.FactSets(batch, subjects));

            session.Fire();
            for (var k = 0; k < subjects.Length; k++)
            {
                var assessment = _scorer.Assess(subjects[k], _scoring.For(subjects[k], scope), scope.FindingsOf(subjects[k]));
                assessments[indices[k]] = assessment with { NotAssessed = NotAssessedFor(subjects[k], coverage, scope) };
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            if (subjects.Length > 1)
            {
                foreach (var index in indices)
                {
                    Assess(batch, [index], windows, coverage, skipped, assessments);
                }

                return;
            }

            assessments[indices[0]] = Outcome.NotAssessed(subjects[0], Outcome.Explain(ex));
        }
    }

    private ImmutableArray<NotAssessedIndicator> NotAssessedFor(Subject subject, CoveragePlan coverage, EvaluationScope scope)
    {
        if (coverage.Skipped.Count == 0)
        {
            return [];
        }

        return [.. _revision.Indicators
            .Where(i => coverage.Skipped.ContainsKey(i.Id) && i.SubjectKind == subject.Kind && _applicability[i.Id].Matches(subject, scope))
            .Select(i => coverage.Skipped[i.Id])];
    }
}
