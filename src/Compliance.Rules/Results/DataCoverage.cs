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
/// instead: everything absent is taken as observed and absent. This type is immutable and thread-safe.
/// </remarks>
/// <param name="AssumedComplete">Whether the batch was read in a closed world (every fact type taken as observed).</param>
/// <param name="Observed">The observation types that were observed (present in the batch or declared), by name.</param>
/// <param name="Missing">The observation types the revision's indicators need that were not observed, with those indicators.</param>
public sealed record DataCoverage(bool AssumedComplete, ImmutableArray<string> Observed, ImmutableArray<MissingData> Missing)
{
    /// <summary>Gets the coverage of a batch read in a closed world.</summary>
    public static DataCoverage Complete { get; } = new(true, [], []);

    /// <summary>Gets whether nothing the revision needs was missing.</summary>
    public bool IsComplete => Missing.IsDefaultOrEmpty;
}
