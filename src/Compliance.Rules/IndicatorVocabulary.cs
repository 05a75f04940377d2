using Compliance.Rules.Labels;

namespace Compliance.Rules;

/// <summary>
/// The words of the language for the kinds and provenances of indicators, which rules and results both speak: each
/// member's name and Chinese label, bound to the member by its value (see <see cref="EnumTerms"/>).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
internal static class IndicatorVocabulary
{
    /// <summary>The words for <see cref="IndicatorKind"/>.</summary>
    public static readonly EnumTerms IndicatorKinds = EnumTerms.Of<IndicatorKind>(
        null,
        (IndicatorKind.Veto, "veto", "单项否决"),
        (IndicatorKind.Deduction, "deduction", "扣分"),
        (IndicatorKind.Bonus, "bonus", "加分"),
        (IndicatorKind.Notice, "notice", "提示"));

    /// <summary>The words for <see cref="IndicatorProvenance"/>.</summary>
    public static readonly EnumTerms Provenances = EnumTerms.Of<IndicatorProvenance>(
        null,
        (IndicatorProvenance.Confirmed, "confirmed", "已核对"),
        (IndicatorProvenance.Transcribed, "transcribed", "据转录"),
        (IndicatorProvenance.Derived, "derived", "推定"));
}
