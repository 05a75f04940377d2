using System.Collections.Immutable;
using Compliance.Rules.Diagnostics;

namespace Compliance.Rules.Hosting;

/// <summary>One configured rule set: the revision it serves and, when its latest edit was rejected, why.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class RuleSourceState
{
    internal RuleSourceState(string source, ActiveRuleSet active, ImmutableArray<Diagnostic> rejected, DateTimeOffset? rejectedAt)
    {
        Source = source;
        Active = active;
        Rejected = rejected;
        RejectedAt = rejectedAt;
    }

    /// <summary>Gets the rule set as the options name it.</summary>
    public string Source { get; }

    /// <summary>Gets the rule set being served: the last one that loaded without errors.</summary>
    public ActiveRuleSet Active { get; }

    /// <summary>
    /// Gets every diagnostic of the latest reload when it was rejected (file:line:col, code, message); empty when the
    /// latest reload succeeded.
    /// </summary>
    public ImmutableArray<Diagnostic> Rejected { get; }

    /// <summary>Gets when the latest reload was rejected, or <see langword="null"/> when it succeeded.</summary>
    public DateTimeOffset? RejectedAt { get; }

    /// <summary>
    /// Gets a value indicating whether <see cref="Active"/> is stale: the files were edited since, and the edit was
    /// rejected, so the rule set served is not the one on disk.
    /// </summary>
    public bool IsStale => !Rejected.IsEmpty;
}
