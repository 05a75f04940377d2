using Compliance.Rules.Diagnostics;

namespace Compliance.Rules.Authoring.Model;

/// <summary>
/// The size of a sample an indicator reads (<c>sample:</c>): "随机抽查3个……（不足3个的则检查全部）" reads at most 3 facts of the
/// selection about one subject; fewer are the whole population, more are an input error.
/// </summary>
/// <param name="Selection">The facts that make up the sample.</param>
/// <param name="AtMost">The most the sample may hold.</param>
/// <param name="Location">Where it is written.</param>
internal sealed record SampleLimit(Selection Selection, int AtMost, SourceLocation Location);
