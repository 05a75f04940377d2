using Compliance.Rules.Labels;

namespace Compliance.Rules.Calendar;

/// <summary>
/// How well the source of an exception day is established, from <see cref="Low"/> to <see cref="High"/>;
/// the values are ordered, so <c>confidence &gt;= Confidence.Medium</c> reads as expected.
/// </summary>
/// <remarks>
/// National days come from the State Council's notices and are <see cref="High"/>. Regional days carry the confidence
/// recorded in their calendar file (<c>confidence:</c> in YAML, with the spelling given on each member).
/// </remarks>
[EnumTerms(typeof(CalendarVocabulary))]
public enum Confidence
{
    /// <summary>A single indirect report (<c>low</c>).</summary>
    Low,

    /// <summary>Secondary sources only, not the notice itself (<c>medium-low</c>).</summary>
    MediumLow,

    /// <summary>A notice-derived data set corroborated by reports, without the notice text (<c>medium</c>).</summary>
    Medium,

    /// <summary>Reposts of the notice text that agree (<c>medium-high</c>).</summary>
    MediumHigh,

    /// <summary>The notice text itself, or several agreeing copies of it (<c>high</c>).</summary>
    High,
}
