using Compliance.Rules.Labels;

namespace Compliance.Rules.Forecasting;

/// <summary>What a <see cref="ForecastWarning"/> warns of.</summary>
[EnumTerms(typeof(ForecastVocabulary))]
public enum ForecastEvent
{
    /// <summary>
    /// A veto, deduction or notice indicator starts to fire (for a per-fact indicator: for one more fact); a notice changes
    /// neither the verdict nor the score, but is announced like the others (a message about to be overdue).
    /// </summary>
    Fires,

    /// <summary>A deduction indicator that already fires takes more points (more stale columns, a higher ratio).</summary>
    DeductionGrows,

    /// <summary>A bonus indicator stops firing.</summary>
    BonusLost,
}
