using Compliance.Rules.Diagnostics;

namespace Compliance.Rules.Testing;

/// <summary>A rendered reason (and optionally detail) that some finding of an indicator must carry.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="IndicatorId">The indicator whose finding must carry the text.</param>
/// <param name="Reason">The exact rendered reason.</param>
/// <param name="Detail">The exact rendered detail, or <see langword="null"/> when the detail is not checked.</param>
/// <param name="Location">Where the expectation is written.</param>
public sealed record ExpectedReason(string IndicatorId, string Reason, string? Detail, SourceLocation Location);
