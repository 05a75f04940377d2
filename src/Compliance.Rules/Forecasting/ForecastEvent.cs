namespace Compliance.Rules.Forecasting;

/// <summary>What a <see cref="ForecastWarning"/> warns of.</summary>
public enum ForecastEvent
{
    /// <summary>A veto or deduction indicator starts to fire (for a per-fact indicator: for one more fact).</summary>
    Fires,

    /// <summary>A deduction indicator that already fires takes more points (more stale columns, a higher ratio).</summary>
    DeductionGrows,

    /// <summary>A bonus indicator stops firing.</summary>
    BonusLost,
}
