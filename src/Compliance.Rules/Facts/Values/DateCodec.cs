using NodaTime;
using NodaTime.Text;

namespace Compliance.Rules.Facts.Values;

/// <summary>A calendar date in ISO form: <c>2024-06-27</c>.</summary>
internal sealed class DateCodec : FieldCodec
{
    /// <summary>Gets the codec.</summary>
    public static DateCodec Instance { get; } = new();

    /// <inheritdoc/>
    public override FieldKind Kind => FieldKind.Date;

    /// <inheritdoc/>
    public override string Expected => "a date such as 2024-06-27";

    /// <inheritdoc/>
    public override string? Pattern => "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    /// <inheritdoc/>
    public override bool TryParse(string text, out object? value)
    {
        var date = LocalDatePattern.Iso.Parse(text);
        value = date.Success ? date.Value : null;
        return date.Success;
    }

    /// <inheritdoc/>
    public override string Format(object value) => LocalDatePattern.Iso.Format((LocalDate)value);
}
