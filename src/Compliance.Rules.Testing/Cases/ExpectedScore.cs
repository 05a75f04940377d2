using System.Globalization;

namespace Compliance.Rules.Testing;

/// <summary>An expected score of a regression case: a number, or "not scored" (written <c>null</c> in YAML).</summary>
/// <remarks>
/// Scores are compared to two decimal places: the actual score, rounded half away from zero to two places, must equal
/// <see cref="Value"/>. So 59.333… (44.5 × 4/3) is written 59.33. This type is immutable and thread-safe.
/// </remarks>
/// <param name="Value">The expected score, or <see langword="null"/> when the subject must not be scored (vetoed, or not scored by the revision).</param>
public sealed record ExpectedScore(decimal? Value)
{
    /// <summary>The number of decimal places scores are compared to.</summary>
    public const int Decimals = 2;

    /// <summary>Tests an actual score against the expectation.</summary>
    /// <param name="actual">The actual score, or <see langword="null"/> when the subject was not scored.</param>
    /// <returns>Whether it matches.</returns>
    public bool Matches(decimal? actual) =>
        (Value, actual) switch
        {
            (null, null) => true,
            ({ } expected, { } score) => Math.Round(score, Decimals, MidpointRounding.AwayFromZero) == expected,
            _ => false,
        };

    /// <summary>Formats a score as case files and reports write it: up to two decimals, or <c>null</c>.</summary>
    /// <param name="score">The score.</param>
    /// <returns>The text.</returns>
    public static string Format(decimal? score) =>
        score is { } value ? Math.Round(value, 4, MidpointRounding.AwayFromZero).ToString("0.####", CultureInfo.InvariantCulture) : "null";

    /// <inheritdoc/>
    public override string ToString() => Format(Value);
}
