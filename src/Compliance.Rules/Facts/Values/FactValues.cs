using System.Globalization;
using NodaTime;

namespace Compliance.Rules.Facts.Values;

/// <summary>Formats a fact value whose field is not at hand (a report cell, a piece of evidence) with its kind's codec.</summary>
internal static class FactValues
{
    /// <summary>Formats a value as its kind's codec writes it.</summary>
    /// <param name="value">The value: text, a number, a flag, a date or time, a duration, an enumeration member or a set.</param>
    /// <returns>The text; empty for <see langword="null"/>.</returns>
    public static string Format(object? value) => value switch
    {
        null => string.Empty,
        string text => TextCodec.Instance.Format(text),
        bool flag => FlagCodec.Instance.Format(flag),
        int whole => WholeCodec.Instance.Format(whole),
        decimal number => NumberCodec.Instance.Format(number),
        LocalDate date => DateCodec.Instance.Format(date),
        LocalDateTime time => DateTimeCodec.Instance.Format(time),
        Instant instant => InstantCodec.Instance.Format(instant),
        Duration duration => DurationCodec.Instance.Format(duration),
        Enum member => FieldCodec.For(FieldKind.Enum, member.GetType()).Format(member),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
