using NodaTime;
using NodaTime.Text;

namespace Compliance.Rules.Facts.Values;

/// <summary>
/// A point in time with its offset from UTC (<c>2024-06-20T08:00:00+08:00</c>) or in UTC (<c>2024-06-20T00:00:00Z</c>);
/// written in UTC (<c>2024-06-20T00:00:00Z</c>), since the offset it was read with is not kept.
/// </summary>
internal sealed class InstantCodec : FieldCodec
{
    /// <summary>Gets the codec.</summary>
    public static InstantCodec Instance { get; } = new();

    /// <inheritdoc/>
    public override FieldKind Kind => FieldKind.Instant;

    /// <inheritdoc/>
    public override string Expected => "an instant with its offset such as 2024-06-20T08:00:00+08:00";

    /// <inheritdoc/>
    public override string? Pattern => @"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$";

    /// <inheritdoc/>
    public override bool TryParse(string text, out object? value)
    {
        var offset = OffsetDateTimePattern.ExtendedIso.Parse(text);
        if (offset.Success)
        {
            value = offset.Value.ToInstant();
            return true;
        }

        var instant = InstantPattern.ExtendedIso.Parse(text);
        value = instant.Success ? instant.Value : null;
        return instant.Success;
    }

    /// <inheritdoc/>
    public override string Format(object value) => InstantPattern.ExtendedIso.Format((Instant)value);
}
