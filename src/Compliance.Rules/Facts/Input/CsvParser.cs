using System.Text;

namespace Compliance.Rules.Facts.Input;

/// <summary>
/// Splits CSV text into records as RFC 4180 and Excel/WPS write it: fields separated by commas, records by CRLF, LF or
/// CR; a field in double quotes may hold commas, line breaks and doubled quotes (<c>""</c>). Each record keeps the line
/// it starts on, so that errors point at the row a spreadsheet user sees.
/// </summary>
/// <remarks>
/// Written by hand rather than taken from a CSV library because the core package depends only on NRules, YamlDotNet and
/// NodaTime (issue 6); the tests check it against CsvHelper on generated input. Malformed input — a quote inside an
/// unquoted value, text after a closing quote, a quote never closed — is reported with its line, and the record is
/// still returned (read as leniently as possible) so that other rows are checked too.
/// </remarks>
internal static class CsvParser
{
    /// <summary>Parses CSV text.</summary>
    /// <param name="text">The text (decoded; a leading byte order mark is ignored).</param>
    /// <param name="problems">Receives each malformed place: the line and what is wrong.</param>
    /// <returns>The records, each with the line it starts on; an empty line is a record with one empty field.</returns>
    public static List<CsvRow> Parse(string text, ICollection<(int Line, string Problem)> problems)
    {
        var rows = new List<CsvRow>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        if (i >= text.Length)
        {
            return rows;
        }

        while (true)
        {
            // At the start of a field.
            if (i < text.Length && text[i] == '"')
            {
                var quoteLine = line;
                i++;
                var closed = false;
                while (i < text.Length)
                {
                    var c = text[i];
                    if (c == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        closed = true;
                        break;
                    }

                    if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                    {
                        line++;
                    }

                    field.Append(c);
                    i++;
                }

                if (!closed)
                {
                    problems.Add((quoteLine, "a quote that is never closed"));
                }
                else if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    problems.Add((line, "text after a closing quote"));
                    i = ReadUnquoted(text, i, field);
                }
            }
            else
            {
                var start = i;
                i = ReadUnquoted(text, i, field);
                if (text.AsSpan(start, i - start).Contains('"'))
                {
                    problems.Add((line, "a quote inside an unquoted value"));
                }
            }

            fields.Add(field.ToString());
            field.Clear();
            if (i < text.Length && text[i] == ',')
            {
                i++;
                continue;
            }

            rows.Add(new CsvRow(recordLine, [.. fields]));
            fields.Clear();
            if (i >= text.Length)
            {
                return rows;
            }

            i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
            line++;
            recordLine = line;
            if (i >= text.Length)
            {
                return rows;
            }
        }
    }

    /// <summary>Quotes a value for CSV output when it holds a comma, a quote or a line break (quotes inside are doubled).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The field as CSV writes it.</returns>
    public static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static int ReadUnquoted(string text, int i, StringBuilder field)
    {
        while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
        {
            field.Append(text[i]);
            i++;
        }

        return i;
    }
}
