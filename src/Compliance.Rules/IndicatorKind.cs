using Compliance.Rules.Labels;

namespace Compliance.Rules;

/// <summary>The three parts of an indicator table, and the notices reported beside them.</summary>
[EnumTerms(typeof(IndicatorVocabulary))]
public enum IndicatorKind
{
    /// <summary>A single-veto indicator (单项否决): one violation fails the subject and nothing else is scored.</summary>
    Veto,

    /// <summary>A deduction indicator (扣分): its points are taken from the base score, capped at its maximum.</summary>
    Deduction,

    /// <summary>A bonus indicator (加分): its points are added for eligible subjects above the bonus gate.</summary>
    Bonus,

    /// <summary>
    /// A notice (提示): a finding that is reported and counted (such as an overdue message) but carries no points and
    /// never changes a verdict.
    /// </summary>
    Notice,
}
