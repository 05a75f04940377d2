using System.Collections.Immutable;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Hosting.Observability;
using Microsoft.Extensions.Logging;

namespace Compliance.Rules.Hosting.Loading;

/// <summary>
/// Holds the current <see cref="RuleSetState"/> and replaces it, in one step, after each load: the first load refuses to
/// start on any error; a reload keeps the last good rule set of each source whose files have errors.
/// </summary>
/// <remarks>
/// Loads run one at a time (a reload requested during another waits for it). Readers never wait: they read the state
/// reference, which is only ever replaced whole, so an evaluation holds one <see cref="ActiveRuleSet"/> from start to end.
/// </remarks>
internal sealed class RuleSetProvider : IRuleSetProvider, IDisposable
{
    private readonly RuleSourceSet _sources;
    private readonly ILogger _logger;
    private readonly ComplianceRulesMetrics _metrics;
    private readonly EvaluationTelemetry _evaluation;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private RuleSetState? _state;
    private long _generation;

    public RuleSetProvider(RuleSourceSet sources, ILogger logger, ComplianceRulesMetrics metrics, TimeProvider time)
    {
        _sources = sources;
        _logger = logger;
        _metrics = metrics;
        _time = time;
        _evaluation = new EvaluationTelemetry(logger, metrics);
    }

    /// <inheritdoc/>
    public RuleSetState State => Volatile.Read(ref _state) ?? LoadInitial();

    /// <summary>Gets the rule sets and calendar files served, as resolved.</summary>
    public RuleSourceSet Sources => _sources;

    /// <inheritdoc/>
    public ActiveRuleSet Get(string? revisionId = null)
    {
        if (TryGet(revisionId, out var ruleSet))
        {
            return ruleSet;
        }

        var served = string.Join(", ", State.Sources.Select(s => s.Active.RevisionId));
        throw new KeyNotFoundException(revisionId is null
            ? $"No revision was named and there is no default revision (ComplianceRules:DefaultRevision); served: {served}."
            : $"No rule set of revision '{revisionId}' is served; served: {served}.");
    }

    /// <inheritdoc/>
    public bool TryGet(string? revisionId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ActiveRuleSet? ruleSet)
    {
        ruleSet = State.Find(revisionId);
        return ruleSet is not null;
    }

    /// <inheritdoc/>
    public async Task<RuleSetState> ReloadAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Compiling is CPU work of a second or so: off the caller's thread, never cancelled half-way.
            return await Task.Run(() => _state is null ? LoadFirst() : Reload(_state), CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Loads the rule sets if they are not loaded yet: the start-up load, which refuses any error.</summary>
    /// <returns>The state.</returns>
    /// <exception cref="DiagnosticsException">Some rule set or calendar file has errors; every diagnostic is listed (and logged).</exception>
    public RuleSetState LoadInitial()
    {
        _gate.Wait();
        try
        {
            return _state ?? LoadFirst();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private RuleSetState LoadFirst()
    {
        var results = _sources.Load();
        var diagnostics = new List<Diagnostic>();
        var compiled = new List<CompiledRuleSet?>();
        for (var i = 0; i < results.Count; i++)
        {
            diagnostics.AddRange(results[i].Diagnostics);
            results[i].TryGetValue(out var ruleSet);
            if (ruleSet is not null)
            {
                diagnostics.AddRange(Collision(ruleSet, i, compiled));
            }

            compiled.Add(ruleSet);
        }

        var ids = compiled.Select(c => c?.Revision.Id).ToList();
        if (_sources.DefaultRevision is { } wanted && !ids.Contains(null) && !ids.Contains(wanted))
        {
            diagnostics.Add(Diagnostic.Create(
                HostingDiagnosticCodes.UnknownDefaultRevision,
                $"the default revision '{wanted}' is not among the rule sets served: {string.Join(", ", ids)}",
                SourceLocation.OfFile(ComplianceRulesOptions.SectionName + ":DefaultRevision")));
        }

        LogDiagnostics(diagnostics);
        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        if (errors > 0)
        {
            foreach (var source in _sources.Sources)
            {
                _metrics.ReloadFailures.Add(1, new KeyValuePair<string, object?>("source", source));
            }

            Log.StartRefused(_logger, errors);
            throw new DiagnosticsException(diagnostics);
        }

        var now = _time.GetUtcNow();
        var sources = compiled.Select((ruleSet, i) =>
        {
            var active = new ActiveRuleSet(ruleSet!, _sources.Sources[i], ++_generation, now, _evaluation);
            Log.Loaded(_logger, active.RevisionId, active.ContentHash, active.Source, active.RuleSet.RuleCount, results[i].Diagnostics.Length, active.Generation);
            return new RuleSourceState(active.Source, active, [], null);
        });
        return Publish([.. sources]);
    }

    private RuleSetState Reload(RuleSetState current)
    {
        var results = _sources.Load();
        var now = _time.GetUtcNow();
        var next = new List<RuleSourceState>();
        var served = new List<CompiledRuleSet?>();
        for (var i = 0; i < results.Count; i++)
        {
            var old = current.Sources[i];
            var diagnostics = results[i].Diagnostics;
            if (results[i].TryGetValue(out var ruleSet))
            {
                diagnostics = diagnostics.AddRange(Collision(ruleSet, i, served));
            }

            LogDiagnostics(diagnostics);
            var source = new KeyValuePair<string, object?>("source", old.Source);
            if (ruleSet is null || diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
                Log.Rejected(_logger, old.Source, errors, old.Active.RevisionId, old.Active.ContentHash, old.Active.Generation);
                _metrics.Reloads.Add(1, source, new("outcome", "rejected"));
                _metrics.ReloadFailures.Add(1, source);
                next.Add(new RuleSourceState(old.Source, old.Active, diagnostics, now));
                served.Add(old.Active.RuleSet);
            }
            else if (SameContent(old.Active.RuleSet, ruleSet))
            {
                Log.Unchanged(_logger, old.Source, old.Active.ContentHash, old.Active.Generation);
                _metrics.Reloads.Add(1, source, new("outcome", "unchanged"));
                next.Add(new RuleSourceState(old.Source, old.Active, [], null));
                served.Add(old.Active.RuleSet);
            }
            else
            {
                var active = new ActiveRuleSet(ruleSet, old.Source, ++_generation, now, _evaluation);
                Log.Reloaded(_logger, old.Source, active.RevisionId, active.ContentHash, active.Generation, old.Active.RevisionId, old.Active.ContentHash);
                _metrics.Reloads.Add(1, source, new("outcome", "activated"));
                next.Add(new RuleSourceState(old.Source, active, [], null));
                served.Add(ruleSet);
            }
        }

        return Publish([.. next]);
    }

    private RuleSetState Publish(ImmutableArray<RuleSourceState> sources)
    {
        var defaultRevision = _sources.DefaultRevision ?? (sources.Length == 1 ? sources[0].Active.RevisionId : null);
        var state = new RuleSetState(sources, defaultRevision);
        Volatile.Write(ref _state, state);
        return state;
    }

    // The same revision, compiled from the same effective content on the same calendar data: nothing to swap.
    private static bool SameContent(CompiledRuleSet active, CompiledRuleSet loaded) =>
        active.Revision.Id == loaded.Revision.Id
        && active.Revision.ContentHash == loaded.Revision.ContentHash
        && active.Calendar.Id == loaded.Calendar.Id
        && active.Calendar.DataVersion == loaded.Calendar.DataVersion;

    // A rule set of a revision an earlier source already serves.
    private IEnumerable<Diagnostic> Collision(CompiledRuleSet ruleSet, int index, List<CompiledRuleSet?> earlier)
    {
        var other = earlier.FindIndex(e => e?.Revision.Id == ruleSet.Revision.Id);
        if (other >= 0)
        {
            yield return Diagnostic.Create(
                HostingDiagnosticCodes.DuplicateRevision,
                $"this rule set is revision '{ruleSet.Revision.Id}', which {_sources.Sources[other]} already serves; each revision is served once",
                SourceLocation.OfFile(_sources.Paths[index]));
        }
    }

    private void LogDiagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            // A warning (an indicator marked verified: false) comes with every load of a rule set that has it: not news.
            Log.Diagnostic(_logger, diagnostic.Severity == DiagnosticSeverity.Error ? LogLevel.Error : LogLevel.Debug, diagnostic.ToDisplayString());
        }
    }
}
