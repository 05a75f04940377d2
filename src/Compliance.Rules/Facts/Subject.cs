namespace Compliance.Rules.Facts;

/// <summary>
/// Something that is assessed and receives a verdict: a government website or a government new-media account.
/// </summary>
/// <remarks>
/// Subjects are identified by <see cref="Id"/>, which must be unique within a batch across all subject kinds;
/// every <see cref="Observation"/> names its subject by that id. Records of this hierarchy are immutable and thread-safe.
/// The hierarchy is closed: only this library's subject types derive from it, because each kind of subject has its own
/// indicators and vocabulary.
/// </remarks>
/// <param name="Id">The subject's unique id in the batch (for example the site code 网站标识码 or an account id).</param>
/// <param name="Name">The subject's name as published (网站名称, 账号名称).</param>
public abstract record Subject(string Id, string Name)
{
    /// <summary>Gets the kind of subject, which decides which indicators apply.</summary>
    public abstract SubjectKind Kind { get; }

    /// <summary>Closes the hierarchy: a type outside this library cannot override this member, so it cannot derive from the record.</summary>
    private protected abstract void ClosedHierarchy();
}
