using Compliance.Rules.Labels;

namespace Compliance.Rules.Results;

/// <summary>Why a subject failed.</summary>
[EnumTerms(typeof(ResultVocabulary))]
public enum FailureCause
{
    /// <summary>The subject did not fail.</summary>
    None,

    /// <summary>A single-veto indicator was violated (单项否决).</summary>
    Veto,

    /// <summary>The deduction part fell below the fail gate (低于60分).</summary>
    BelowFailGate,
}
