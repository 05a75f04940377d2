namespace Compliance.Rules;

/// <summary>How a batch is evaluated: data coverage, parallelism, progress reporting and cancellation.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record EvaluationOptions
{
    /// <summary>Gets the default options: all processors, no progress, no cancellation.</summary>
    public static EvaluationOptions Default { get; } = new();

    /// <summary>Gets how many subjects are evaluated at once; defaults to the number of processors.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Gets a receiver of the number of subjects evaluated so far, reported as the batch progresses.</summary>
    public IProgress<int>? Progress { get; init; }

    /// <summary>Gets a token that cancels the evaluation.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>
    /// Gets whether the batch is read in a closed world: every fact type is taken as observed, so a type the batch has no
    /// fact of was observed and there was none. <see langword="false"/> by default (an open world): the indicators that
    /// depend on an unobserved type are not assessed (see <see cref="Results.DataCoverage"/>). Set it only for producers
    /// that guarantee their batches complete.
    /// </summary>
    public bool AssumeComplete { get; init; }

    /// <summary>Gets the options of a parallel loop run for these options: their degree of parallelism (at least 1) and cancellation.</summary>
    /// <returns>The options.</returns>
    internal ParallelOptions Parallelism() => new() { MaxDegreeOfParallelism = Math.Max(1, MaxDegreeOfParallelism), CancellationToken = CancellationToken };
}
