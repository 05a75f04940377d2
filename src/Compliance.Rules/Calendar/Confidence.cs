using Compliance.Rules.Facts;
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
public enum Confidence
{
    /// <summary>A single indirect report (<c>low</c>).</summary>
    [Label("低")]
    Low,

    /// <summary>Secondary sources only, not the notice itself (<c>medium-low</c>).</summary>
    [Label("中低")]
    MediumLow,

    /// <summary>A notice-derived data set corroborated by reports, without the notice text (<c>medium</c>).</summary>
    [Label("中")]
    Medium,

    /// <summary>Reposts of the notice text that agree (<c>medium-high</c>).</summary>
    [Label("中高")]
    MediumHigh,

    /// <summary>The notice text itself, or several agreeing copies of it (<c>high</c>).</summary>
    [Label("高")]
    High,
}
