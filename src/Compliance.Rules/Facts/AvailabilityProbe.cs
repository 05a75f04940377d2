using NodaTime;

namespace Compliance.Rules.Facts;

/// <summary>One attempt by a monitoring system to open a website's homepage (可用性监测).</summary>
/// <param name="Id">The probe's id.</param>
/// <param name="SubjectId">The website probed.</param>
/// <param name="At">When the probe was made.</param>
/// <param name="Reached">Whether the page opened at all.</param>
/// <param name="ResponseTime">How long the page took to open; <see langword="null"/> when it never opened.</param>
public sealed record AvailabilityProbe(
    string Id,
    string SubjectId,
    Instant At,
    bool Reached,
    Duration? ResponseTime) : Observation(Id, SubjectId)
{
    private protected override void ClosedHierarchy()
    {
    }
}
