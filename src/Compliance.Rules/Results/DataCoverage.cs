using System.Collections.Immutable;

namespace Compliance.Rules.Results;

/// <summary>
/// Which kinds of facts an evaluated batch observed, and what the missing ones left unassessed.
/// </summary>
/// <remarks>
/// By default a batch is read in an open world: a fact type of which the batch holds no fact and which its producer did
/// not declare observed (<see cref="Facts.FactBatch.DeclareObserved(System.Collections.Generic.IEnumerable{string})"/>, the
/// <c>observed</c> key of a facts document, <c>coverage.yaml</c> in a facts folder) was not observed, and the indicators
/// that depend on it are not assessed. <see cref="EvaluationOptions.AssumeComplete"/> reads the batch in a closed world
/// instead: everything absent is taken as observed and absent. Built only by the library. This type is immutable and
/// thread-safe.
/// </remarks>
public sealed class DataCoverage
{
    internal DataCoverage(bool assumedComplete, ImmutableArray<string> observed, ImmutableArray<MissingData> missing)
    {
        AssumedComplete = assumedComplete;
        Observed = observed;
        Missing = missing;
    }

    /// <summary>Gets whether the batch was read in a closed world (every fact type taken as observed).</summary>
    public bool AssumedComplete { get; }

    /// <summary>Gets the observation types that were observed (present in the batch or declared), by name.</summary>
    public ImmutableArray<string> Observed { get; }

    /// <summary>Gets the observation types the revision's indicators need that were not observed, with those indicators.</summary>
    public ImmutableArray<MissingData> Missing { get; }

    /// <summary>Gets whether nothing the revision needs was missing.</summary>
    public bool IsComplete => Missing.IsDefaultOrEmpty;

    /// <summary>Gets the coverage of a batch read in a closed world.</summary>
    internal static DataCoverage Complete { get; } = new(true, [], []);
}
