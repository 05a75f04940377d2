using Compliance.Rules.Facts;

namespace Compliance.Rules.Scoring;

/// <summary>The outcome of an assessment.</summary>
public enum Verdict
{
    /// <summary>The subject meets the indicators (合格).</summary>
    [Label("合格")]
    Pass,

    /// <summary>The subject does not meet the indicators (不合格).</summary>
    [Label("不合格")]
    Fail,
}
