using NodaTime;
using NodaTime.Text;

namespace Compliance.Rules.Facts.Values;

/// <summary>
/// A local date and time on the 24-hour clock, with a space or <c>T</c> between date and time and seconds optional
/// (<c>2024-06-14 10:30</c>, <c>2024-06-14T10:30:15</c>, <c>2024-06-14 10:30:15.5</c>), or a date alone for its
/// midnight. Written <c>2024-06-14 10:30</c>, with the seconds (and their fraction) only when they are not zero.
/// </summary>
internal sealed class DateTimeCodec : FieldCodec
{
    private static readonly LocalDateTimePattern Minutes = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");
    private static readonly LocalDateTimePattern Seconds = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm:ss.FFFFFFFFF");

    private static readonly LocalDateTimePattern[] Accepted =
    [
        Minutes,
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm"),
        Seconds,
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss.FFFFFFFFF"),
    ];

    /// <summary>Gets the codec.</summary>
    public static DateTimeCodec Instance { get; } = new();

    /// <inheritdoc/>
    public override FieldKind Kind => FieldKind.DateTime;

    /// <inheritdoc/>
    public override string Expected => "a local time such as 2024-06-14 10:30";

    /// <inheritdoc/>
    public override string? Pattern => @"^[0-9]{4}-[0-9]{2}-[0-9]{2}([ T][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,9})?)?)?$";

    /// <inheritdoc/>
    public override bool TryParse(string text, out object? value)
    {
        foreach (var pattern in Accepted)
        {
            var parsed = pattern.Parse(text);
            if (parsed.Success)
            {
                value = parsed.Value;
                return true;
            }
        }

        var date = LocalDatePattern.Iso.Parse(text);
        value = date.Success ? date.Value.AtMidnight() : null;
        return date.Success;
    }

    /// <inheritdoc/>
    public override string Format(object value)
    {
        var time = (LocalDateTime)value;
        return time.Second == 0 && time.NanosecondOfSecond == 0 ? Minutes.Format(time) : Seconds.Format(time);
    }
}
