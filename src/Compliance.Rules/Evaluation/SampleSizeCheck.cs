using System.Collections.Immutable;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Compilation;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;
using Compliance.Rules.Facts.Input;

namespace Compliance.Rules.Evaluation;

/// <summary>
/// Checks the samples of a batch against the revision's <c>sample:</c> limits: where a row reads "随机抽查3个", the facts
/// of that sample about one subject are at most 3. Fewer are the whole population ("不足3个的则检查全部"); more are an
/// input error at the first fact beyond the limit, and the subject is not assessed rather than judged on a larger sample
/// than the text allows.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class SampleSizeCheck
{
    private readonly ImmutableArray<(Indicator Indicator, SampleLimit Sample, Func<object, EvaluationScope, bool>? Where)> _samples;
    private readonly Func<Indicator, Subject, bool> _applies;
    private readonly EvaluationScope _scope;

    /// <summary>Initializes a new instance of the <see cref="SampleSizeCheck"/> class.</summary>
    /// <param name="revision">The revision.</param>
    /// <param name="predicates">The rule set's predicate compiler.</param>
    /// <param name="applies">Tells whether an indicator applies to a subject.</param>
    /// <param name="scope">A scope for the samples' filters, which use no time window.</param>
    public SampleSizeCheck(RuleRevision revision, PredicateCompiler predicates, Func<Indicator, Subject, bool> applies, EvaluationScope scope)
    {
        _samples = [.. revision.Indicators
            .Where(i => i.Enabled)
            .SelectMany(i => i.Samples.Select(s => (i, s, s.Selection.Where is { } where ? predicates.CompileDelegate(where, s.Selection.Type.ClrType) : null)))];
        _applies = applies;
        _scope = scope;
    }

    /// <summary>Checks every sample of a batch.</summary>
    /// <param name="batch">The batch.</param>
    /// <returns>One error per sample too large, positioned at its first fact beyond the limit.</returns>
    public ImmutableArray<Diagnostic> Check(FactBatch batch)
    {
        if (_samples.IsEmpty)
        {
            return [];
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var subject in batch.Subjects)
        {
            var facts = batch.ObservationsOf(subject.Id);
            foreach (var (indicator, sample, where) in _samples)
            {
                if (facts.IsEmpty || !_applies(indicator, subject))
                {
                    continue;
                }

                var drawn = facts.Where(f => f.GetType() == sample.Selection.Type.ClrType && (where is null || where(f, _scope))).ToList();
                if (drawn.Count <= sample.AtMost)
                {
                    continue;
                }

                var beyond = drawn[sample.AtMost];
                var location = batch.Locations.TryGetValue(beyond, out var at) ? at : SourceLocation.OfFile("facts");
                diagnostics.Add(Diagnostic.Create(
                    DiagnosticCodes.SampleTooLarge,
                    $"{sample.Selection.Type.Name} '{beyond.Id}' of '{subject.Id}': indicator '{indicator.Id}' ({indicator.Name}) reads a sample of at most {sample.AtMost}, but '{subject.Id}' has {drawn.Count} ({string.Join(", ", drawn.Select(f => f.Id))}); record only the sample the text draws",
                    location,
                    subject.Id));
            }
        }

        return diagnostics.ToImmutable();
    }
}
