using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Compliance.Rules.Facts;
using NodaTime;
using NodaTime.Text;
using Compliance.Rules.Labels;

namespace Compliance.Rules.Authoring.Templates;

/// <summary>
/// A reason or detail text with typed placeholders, such as <c>超{threshold}天未更新</c> or
/// <c>{latest.published+1d:M月d日}起未更新</c>. Placeholders are checked when the rule set loads.
/// </summary>
/// <remarks>
/// Syntax: <c>{name}</c>, <c>{name:format}</c>, <c>{name+Nd:format}</c> (dates only; N days added); <c>{{</c> and <c>}}</c>
/// stand for literal braces. Numbers format with .NET numeric formats, dates with NodaTime patterns, both in the invariant culture.
/// This type is immutable and thread-safe.
/// </remarks>
internal sealed class ReasonTemplate
{
    /// <summary>
    /// Invariant number formatting, except that percentages are written as Chinese texts write them (5.25%, not 5.25 %).
    /// </summary>
    private static readonly NumberFormatInfo Numbers = CreateNumberFormat();

    // The text of a template without placeholders, rendered once: such a reason (超14天未更新) is most findings'.
    private readonly string? _literal;

    private ReasonTemplate(string text, ImmutableArray<TemplateSegment> segments)
    {
        Text = text;
        Segments = segments;
        _literal = segments.Any(s => s.IsPlaceholder) ? null : string.Concat(segments.Select(s => s.Literal));
    }

    /// <summary>Gets the template as written.</summary>
    public string Text { get; }

    /// <summary>Gets the parsed segments.</summary>
    public ImmutableArray<TemplateSegment> Segments { get; }

    /// <summary>Gets the placeholder segments.</summary>
    public IEnumerable<TemplateSegment> Placeholders => Segments.Where(s => s.IsPlaceholder);

    /// <summary>Parses a template.</summary>
    /// <param name="text">The template text.</param>
    /// <param name="errors">Receives a message for each syntax problem.</param>
    /// <returns>The template (with the well-formed segments) even when there were errors.</returns>
    public static ReasonTemplate Parse(string text, ICollection<string> errors)
    {
        var segments = ImmutableArray.CreateBuilder<TemplateSegment>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '{' && i + 1 < text.Length && text[i + 1] == '{')
            {
                literal.Append('{');
                i += 2;
                continue;
            }

            if (c == '}' && i + 1 < text.Length && text[i + 1] == '}')
            {
                literal.Append('}');
                i += 2;
                continue;
            }

            if (c == '}')
            {
                errors.Add($"unmatched '}}' at character {i + 1} (write '}}}}' for a literal brace)");
                i++;
                continue;
            }

            if (c != '{')
            {
                literal.Append(c);
                i++;
                continue;
            }

            var end = text.IndexOf('}', i + 1);
            if (end < 0)
            {
                errors.Add($"placeholder opened at character {i + 1} is not closed with '}}'");
                break;
            }

            if (literal.Length > 0)
            {
                segments.Add(new TemplateSegment(literal.ToString(), null, 0, null));
                literal.Clear();
            }

            var inner = text[(i + 1)..end];
            var segment = ParsePlaceholder(inner, errors);
            if (segment is not null)
            {
                segments.Add(segment);
            }

            i = end + 1;
        }

        if (literal.Length > 0)
        {
            segments.Add(new TemplateSegment(literal.ToString(), null, 0, null));
        }

        return new ReasonTemplate(text, segments.ToImmutable());
    }

    /// <summary>Checks each placeholder's name, offset and format against the placeholders available.</summary>
    /// <param name="available">The placeholders available, with their kinds.</param>
    /// <param name="errors">Receives a message for each problem.</param>
    public void Check(IReadOnlyDictionary<string, PlaceholderKind> available, ICollection<string> errors)
    {
        foreach (var segment in Placeholders)
        {
            if (!available.TryGetValue(segment.Name!, out var kind))
            {
                var names = string.Join(", ", available.Keys.Order(StringComparer.Ordinal));
                errors.Add($"unknown placeholder '{{{segment.Name}}}'; this indicator offers: {names}");
                continue;
            }

            if (segment.DayOffset != 0 && kind != PlaceholderKind.Date)
            {
                errors.Add($"placeholder '{{{segment.Name}}}' is not a date, so it takes no day offset");
            }

            if (segment.Format is not null && !FormatFits(kind, segment.Format))
            {
                errors.Add($"format '{segment.Format}' does not fit placeholder '{{{segment.Name}}}' ({Describe(kind)})");
            }
        }
    }

    /// <summary>Renders the template with values; a missing value renders as <c>—</c>.</summary>
    /// <param name="values">The values by placeholder name.</param>
    /// <returns>The text.</returns>
    public string Render(IReadOnlyDictionary<string, object?> values) => Render(values, null);

    /// <summary>Renders the template with values, looking up in a second table the names the first does not have.</summary>
    /// <param name="values">The values by placeholder name.</param>
    /// <param name="fallback">The values of the names <paramref name="values"/> does not have, or <see langword="null"/>.</param>
    /// <returns>The rendered text.</returns>
    public string Render(IReadOnlyDictionary<string, object?> values, IReadOnlyDictionary<string, object?>? fallback)
    {
        if (_literal is not null)
        {
            return _literal;
        }

        var builder = new StringBuilder();
        foreach (var segment in Segments)
        {
            if (!segment.IsPlaceholder)
            {
                builder.Append(segment.Literal);
                continue;
            }

            if (!values.TryGetValue(segment.Name!, out var value))
            {
                fallback?.TryGetValue(segment.Name!, out value);
            }

            builder.Append(FormatValue(value, segment));
        }

        return builder.ToString();
    }

    /// <summary>Formats one value as a placeholder would render it with no format.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string FormatDefault(object? value) => FormatValue(value, new TemplateSegment(null, "value", 0, null));

    private static string FormatValue(object? value, TemplateSegment segment) => value switch
    {
        null => "—",
        LocalDate date => LocalDatePattern.CreateWithInvariantCulture(segment.Format ?? "uuuu-MM-dd").Format(date.PlusDays(segment.DayOffset)),
        LocalDateTime dateTime => LocalDateTimePattern.CreateWithInvariantCulture(segment.Format ?? "uuuu-MM-dd HH:mm").Format(dateTime),
        decimal number => number.ToString(segment.Format ?? "0.####", Numbers),
        int number => number.ToString(segment.Format ?? "0", Numbers),
        Enum member => EnumVocabulary.LabelOf(member),
        bool flag => flag ? "是" : "否",
        Duration duration => duration.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + "秒",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static NumberFormatInfo CreateNumberFormat()
    {
        var format = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        format.PercentPositivePattern = 1;
        format.PercentNegativePattern = 1;
        return NumberFormatInfo.ReadOnly(format);
    }

    private static TemplateSegment? ParsePlaceholder(string inner, ICollection<string> errors)
    {
        string? format = null;
        var colon = inner.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            format = inner[(colon + 1)..];
            inner = inner[..colon];
            if (format.Length == 0)
            {
                errors.Add($"placeholder '{{{inner}:}}' has an empty format");
                format = null;
            }
        }

        var offset = 0;
        var sign = inner.IndexOfAny(['+', '-']);
        if (sign >= 0)
        {
            var offsetText = inner[sign..];
            inner = inner[..sign];
            if (!offsetText.EndsWith('d')
                || !int.TryParse(offsetText[..^1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out offset))
            {
                errors.Add($"placeholder '{{{inner}{offsetText}}}' has an offset that is not a number of days such as +1d");
                offset = 0;
            }
        }

        var name = inner.Trim();
        if (name.Length == 0 || !name.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '_' || ch == '.'))
        {
            errors.Add($"'{{{inner}}}' is not a placeholder name (letters, digits, '_' and '.')");
            return null;
        }

        return new TemplateSegment(null, name, offset, format);
    }

    private static bool FormatFits(PlaceholderKind kind, string format)
    {
        try
        {
            switch (kind)
            {
                case PlaceholderKind.Date:
                    _ = LocalDatePattern.CreateWithInvariantCulture(format).Format(new LocalDate(2024, 6, 11));
                    return true;
                case PlaceholderKind.DateTime:
                    _ = LocalDateTimePattern.CreateWithInvariantCulture(format).Format(new LocalDateTime(2024, 6, 11, 9, 30));
                    return true;
                case PlaceholderKind.Number:
                    _ = 12.5m.ToString(format, CultureInfo.InvariantCulture);
                    return !format.Any(char.IsAsciiLetter) || "CcDdEeFfGgNnPpRr".Contains(format[0], StringComparison.Ordinal);
                default:
                    return false;
            }
        }
        catch (Exception ex) when (ex is FormatException or InvalidPatternException or ArgumentException)
        {
            return false;
        }
    }

    private static string Describe(PlaceholderKind kind) => kind switch
    {
        PlaceholderKind.Date => "a date: use a NodaTime pattern such as M月d日",
        PlaceholderKind.DateTime => "a date and time: use a NodaTime pattern such as M月d日HH:mm",
        PlaceholderKind.Number => "a number: use a .NET numeric format such as 0.0 or P2",
        _ => "text, which takes no format",
    };
}
