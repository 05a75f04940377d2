using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Compliance.Rules.Facts.Values;

/// <summary>
/// A length of time: an amount and a unit, <c>ms</c>, <c>s</c>, <c>m</c> (minutes) or <c>h</c>, as in <c>800ms</c>,
/// <c>15s</c>, <c>1.5s</c>, <c>2m</c>, <c>1h</c>; written in milliseconds (<c>1500ms</c>).
/// </summary>
internal sealed partial class DurationCodec : FieldCodec
{
    /// <summary>Gets the codec.</summary>
    public static DurationCodec Instance { get; } = new();

    /// <inheritdoc/>
    public override FieldKind Kind => FieldKind.Duration;

    /// <inheritdoc/>
    public override string Expected => "a duration such as 15s or 800ms";

    /// <inheritdoc/>
    public override string? Pattern => @"^[0-9]{1,7}(\.[0-9]{1,6})?\s*(ms|s|m|h)$";

    /// <inheritdoc/>
    public override bool TryParse(string text, out object? value)
    {
        var match = Amount().Match(text);
        if (!match.Success)
        {
            value = null;
            return false;
        }

        var amount = decimal.Parse(match.Groups["amount"].Value, CultureInfo.InvariantCulture);
        var milliseconds = match.Groups["unit"].Value switch
        {
            "ms" => amount,
            "s" => amount * 1000,
            "m" => amount * 60_000,
            _ => amount * 3_600_000,
        };
        value = Duration.FromMilliseconds((double)milliseconds);
        return true;
    }

    /// <inheritdoc/>
    public override string Format(object value) =>
        ((Duration)value).TotalMilliseconds.ToString("0.######", CultureInfo.InvariantCulture) + "ms";

    [GeneratedRegex(@"^(?<amount>[0-9]{1,7}(\.[0-9]{1,6})?)\s*(?<unit>ms|s|m|h)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Amount();
}
