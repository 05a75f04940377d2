using Compliance.Rules.Labels;

namespace Compliance.Rules.Forecasting;

/// <summary>
/// The words of the language for what a warning warns of, as the forecast's JSON writes it: each member's name and
/// Chinese label, bound to the member by its value (see <see cref="EnumTerms"/>).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
internal static class ForecastVocabulary
{
    /// <summary>The words for <see cref="ForecastEvent"/>.</summary>
    public static readonly EnumTerms ForecastEvents = EnumTerms.Of<ForecastEvent>(
        null,
        (ForecastEvent.Fires, "fires", "将触发"),
        (ForecastEvent.DeductionGrows, "deduction_grows", "扣分将增加"),
        (ForecastEvent.BonusLost, "bonus_lost", "将失去加分"));
}
