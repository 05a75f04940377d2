using Compliance.Rules.Labels;

namespace Compliance.Rules.Results;

/// <summary>
/// The words of the language for verdicts and failure causes, as case files expect them and reports write them: each
/// member's name and Chinese label, bound to the member by its value (see <see cref="EnumTerms"/>).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
internal static class ResultVocabulary
{
    /// <summary>The words for <see cref="FailureCause"/>.</summary>
    public static readonly EnumTerms FailureCauses = EnumTerms.Of<FailureCause>(
        null,
        (FailureCause.None, "none", "无"),
        (FailureCause.Veto, "veto", "单项否决"),
        (FailureCause.BelowFailGate, "below_fail_gate", "得分低于合格线"));

    /// <summary>The words for <see cref="Verdict"/>.</summary>
    public static readonly EnumTerms Verdicts = EnumTerms.Of<Verdict>(
        null,
        (Verdict.Pass, "pass", "合格"),
        (Verdict.Fail, "fail", "不合格"),
        (Verdict.NotAssessed, "not_assessed", "无法评估"),
        (Verdict.Excluded, "excluded", "不纳入检查"));
}
