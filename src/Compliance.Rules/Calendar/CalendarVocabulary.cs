using Compliance.Rules.Labels;

namespace Compliance.Rules.Calendar;

/// <summary>
/// The words of the language for the kinds and confidences of exception days, as calendar files write them: each
/// member's name and Chinese label, bound to the member by its value (see <see cref="EnumTerms"/>).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
internal static class CalendarVocabulary
{
    /// <summary>The words for <see cref="ExceptionKind"/>.</summary>
    public static readonly EnumTerms ExceptionKinds = EnumTerms.Of<ExceptionKind>(
        null,
        (ExceptionKind.Off, "off", "放假"),
        (ExceptionKind.Work, "work", "调休上班"));

    /// <summary>The words for <see cref="Confidence"/>.</summary>
    public static readonly EnumTerms Confidences = EnumTerms.Of<Confidence>(
        null,
        (Confidence.Low, "low", "低"),
        (Confidence.MediumLow, "medium-low", "中低"),
        (Confidence.Medium, "medium", "中"),
        (Confidence.MediumHigh, "medium-high", "中高"),
        (Confidence.High, "high", "高"));
}
