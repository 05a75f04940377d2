using Compliance.Rules.Facts;
using Compliance.Rules.Labels;

namespace Compliance.Rules.Results;

/// <summary>Why a subject failed.</summary>
public enum FailureCause
{
    /// <summary>The subject did not fail.</summary>
    [Label("无")]
    None,

    /// <summary>A single-veto indicator was violated (单项否决).</summary>
    [Label("单项否决")]
    Veto,

    /// <summary>The deduction part fell below the fail gate (低于60分).</summary>
    [Label("得分低于合格线")]
    BelowFailGate,
}
