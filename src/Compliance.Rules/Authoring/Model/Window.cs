namespace Compliance.Rules.Authoring.Model;

/// <summary>
/// A time window that ends at the as-of date: "within the <see cref="Amount"/> <see cref="Unit"/> before the monitoring time point".
/// </summary>
/// <remarks>
/// The window's start is the as-of date moved back by the amount (calendar days, months and years through NodaTime's
/// calendar arithmetic; working days through the revision's calendar). A date lies within the window when
/// start ≤ date ≤ as-of (or start &lt; date when <see cref="StartInclusive"/> is false). A missing date is never within.
/// </remarks>
/// <param name="Amount">How many units.</param>
/// <param name="Unit">The unit.</param>
/// <param name="StartInclusive">Whether the start day itself belongs to the window.</param>
internal sealed record Window(int Amount, TimeUnit Unit, bool StartInclusive);
