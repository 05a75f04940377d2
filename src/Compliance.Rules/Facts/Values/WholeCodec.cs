using System.Globalization;

namespace Compliance.Rules.Facts.Values;

/// <summary>A whole number: digits with an optional sign (<c>-3</c>, <c>42</c>), no separators or decimals.</summary>
internal sealed class WholeCodec : FieldCodec
{
    /// <summary>Gets the codec.</summary>
    public static WholeCodec Instance { get; } = new();

    /// <inheritdoc/>
    public override FieldKind Kind => FieldKind.Integer;

    /// <inheritdoc/>
    public override string Expected => "a whole number";

    /// <inheritdoc/>
    public override string? Pattern => "^[+-]?[0-9]+$";

    /// <inheritdoc/>
    public override bool TryParse(string text, out object? value)
    {
        value = int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;
        return value is not null;
    }

    /// <inheritdoc/>
    public override string Format(object value) => ((int)value).ToString(CultureInfo.InvariantCulture);
}
