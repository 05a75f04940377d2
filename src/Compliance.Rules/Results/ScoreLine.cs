namespace Compliance.Rules.Results;

/// <summary>The points an indicator or group took (or gave) for a subject: raw, and after its cap.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Id">The indicator or group id.</param>
/// <param name="Name">Its Chinese name.</param>
/// <param name="IsGroup">Whether the line is for a group (一级指标) rather than an indicator.</param>
/// <param name="Raw">The sum of its findings' points (for a group: of its indicators' capped points).</param>
/// <param name="Max">Its cap.</param>
/// <param name="Applied">The points counted: the raw points capped at <paramref name="Max"/>.</param>
public sealed record ScoreLine(string Id, string Name, bool IsGroup, decimal Raw, decimal Max, decimal Applied);
