namespace Compliance.Rules.Facts;

/// <summary>
/// Something a monitoring system or an inspector observed about one subject.
/// </summary>
/// <remarks>
/// <see cref="Id"/> gives the observation an identity: it must be unique among observations of the same type in a batch,
/// so that two observations with equal values (two identical probes) remain two facts.
/// Records of this hierarchy are immutable and thread-safe. The hierarchy is closed: only this library's observation types
/// derive from it, because the engine reads each of them by the vocabulary it knows, and an unknown type could not be read.
/// </remarks>
/// <param name="Id">The observation's id, unique among observations of its type in a batch.</param>
/// <param name="SubjectId">The id of the <see cref="Subject"/> the observation is about.</param>
public abstract record Observation(string Id, string SubjectId)
{
    /// <summary>Closes the hierarchy: a type outside this library cannot override this member, so it cannot derive from the record.</summary>
    private protected abstract void ClosedHierarchy();
}
