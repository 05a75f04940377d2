namespace Compliance.Rules.Hosting;

/// <summary>
/// The compiled rule sets a host serves, by revision id, kept current while their files are edited: registered by
/// <c>AddComplianceRules</c>.
/// </summary>
/// <remarks>
/// An edit is reloaded and compiled in the background; when it compiles, the new rule set replaces the old one in one
/// step (an evaluation that already holds the old <see cref="ActiveRuleSet"/> finishes on it); when it has errors, the
/// last good rule set stays active, and <see cref="State"/> says which edit was rejected and why. Implementations are
/// thread-safe.
/// </remarks>
public interface IRuleSetProvider
{
    /// <summary>Gets the current state: every configured rule set with its active revision and its latest rejected edit.</summary>
    /// <exception cref="Diagnostics.DiagnosticsException">The rule sets could not be loaded at start-up.</exception>
    RuleSetState State { get; }

    /// <summary>Gets the active rule set of a revision.</summary>
    /// <param name="revisionId">The revision id, such as <c>xjbt-2024</c>; <see langword="null"/> for the default revision.</param>
    /// <returns>The active rule set: hold on to it for the whole of one evaluation and its report.</returns>
    /// <exception cref="KeyNotFoundException">No rule set of that revision is served (the message lists those that are).</exception>
    ActiveRuleSet Get(string? revisionId = null);

    /// <summary>Gets the active rule set of a revision, if one is served.</summary>
    /// <param name="revisionId">The revision id; <see langword="null"/> for the default revision.</param>
    /// <param name="ruleSet">The active rule set, or <see langword="null"/>.</param>
    /// <returns>Whether a rule set of that revision is served.</returns>
    bool TryGet(string? revisionId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ActiveRuleSet? ruleSet);

    /// <summary>
    /// Reloads every rule set from its files now, as a change of the files does after the reload delay: each one that
    /// compiles replaces the active one (unless its content is unchanged), each one with errors is rejected and the
    /// active one kept.
    /// </summary>
    /// <param name="cancellationToken">Cancels waiting for a reload already under way.</param>
    /// <returns>The state after the reload.</returns>
    Task<RuleSetState> ReloadAsync(CancellationToken cancellationToken = default);
}
