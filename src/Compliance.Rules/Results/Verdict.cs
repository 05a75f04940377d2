using Compliance.Rules.Labels;

namespace Compliance.Rules.Results;

/// <summary>The outcome of an assessment.</summary>
[EnumTerms(typeof(ResultVocabulary))]
public enum Verdict
{
    /// <summary>The subject meets the indicators (合格).</summary>
    Pass,

    /// <summary>The subject does not meet the indicators (不合格).</summary>
    Fail,

    /// <summary>
    /// The subject could not be assessed (无法评估): a date of its facts lies outside the calendar, the revision does not
    /// assess its kind, or its input is invalid; <see cref="Assessment.VerdictNote"/> says why. It is neither passed nor
    /// failed and not counted in the pass rate.
    /// </summary>
    NotAssessed,

    /// <summary>
    /// The revision excludes the subject from the inspection (不纳入检查), for example a closed account, as its
    /// <c>not_checked</c> setting states; <see cref="Assessment.VerdictNote"/> gives the revision's reason. Not counted.
    /// </summary>
    Excluded,
}
