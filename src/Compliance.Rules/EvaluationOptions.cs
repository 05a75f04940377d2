namespace Compliance.Rules;

/// <summary>How a batch is evaluated: parallelism, progress reporting and cancellation.</summary>
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
}
