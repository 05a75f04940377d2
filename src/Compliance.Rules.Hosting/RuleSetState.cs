using System.Collections.Immutable;

namespace Compliance.Rules.Hosting;

/// <summary>What a host serves at one moment: each configured rule set, in the order of the options.</summary>
/// <remarks>
/// A reload makes a new state and puts it in place in one step, so a state read once describes one consistent set of
/// rule sets. This type is immutable and thread-safe.
/// </remarks>
public sealed class RuleSetState
{
    internal RuleSetState(ImmutableArray<RuleSourceState> sources, string? defaultRevision)
    {
        Sources = sources;
        DefaultRevision = defaultRevision;
    }

    /// <summary>Gets each configured rule set, in the order of the options.</summary>
    public ImmutableArray<RuleSourceState> Sources { get; }

    /// <summary>Gets the revision served when a caller names none, or <see langword="null"/> when there is no default.</summary>
    public string? DefaultRevision { get; }

    /// <summary>Gets a value indicating whether some rule set is stale: its latest edit was rejected.</summary>
    public bool IsStale => Sources.Any(s => s.IsStale);

    /// <summary>Finds the active rule set of a revision.</summary>
    /// <param name="revisionId">The revision id; <see langword="null"/> for <see cref="DefaultRevision"/>.</param>
    /// <returns>The active rule set, or <see langword="null"/> when none of that revision is served.</returns>
    public ActiveRuleSet? Find(string? revisionId)
    {
        var id = revisionId ?? DefaultRevision;
        return id is null ? null : Sources.Select(s => s.Active).FirstOrDefault(a => string.Equals(a.RevisionId, id, StringComparison.Ordinal));
    }
}
