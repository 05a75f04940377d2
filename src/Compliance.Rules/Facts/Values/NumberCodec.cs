using System.Globalization;

namespace Compliance.Rules.Facts.Values;

/// <summary>
/// A decimal number with a point and an optional sign (<c>0.85</c>, <c>-1.5</c>, <c>3</c>). No thousands separators:
/// <c>0,85</c> (a decimal comma) would otherwise read as 85.
/// </summary>
internal sealed class NumberCodec : FieldCodec
{
    /// <summary>Gets the codec.</summary>
    public static NumberCodec Instance { get; } = new();

    /// <inheritdoc/>
    public override FieldKind Kind => FieldKind.Decimal;

    /// <inheritdoc/>
    public override string Expected => "a number";

    /// <inheritdoc/>
    public override string? Pattern => @"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$";

    /// <inheritdoc/>
    public override bool TryParse(string text, out object? value)
    {
        value = decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) ? number : null;
        return value is not null;
    }

    /// <inheritdoc/>
    public override string Format(object value) => ((decimal)value).ToString(CultureInfo.InvariantCulture);
}
