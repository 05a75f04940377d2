using System.Text;
using Compliance.Rules.Diagnostics;

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
        using var reader = new StringReader(text);
        return [.. Parse(reader, problems)];
    }

    /// <summary>Parses CSV text as a stream, one record at a time.</summary>
    /// <param name="reader">The text (decoded; a leading byte order mark is ignored).</param>
    /// <param name="problems">Receives each malformed place: the line and what is wrong.</param>
    /// <param name="limits">
    /// Receives each field longer than <see cref="InputLimits.MaxFactsValueChars"/> and each record longer than
    /// <see cref="InputLimits.MaxCsvRecordChars"/> characters (cut short to the limit, so that a quote never closed in
    /// a large file costs no memory); when <see langword="null"/>, <paramref name="problems"/> receives them.
    /// </param>
    /// <returns>The records, each with the line it starts on; an empty line is a record with one empty field.</returns>
    public static IEnumerable<CsvRow> Parse(TextReader reader, ICollection<(int Line, string Problem)> problems, ICollection<(int Line, string Problem)>? limits = null)
    {
        var text = new CharSource(reader);
        limits ??= problems;
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var recordChars = 0;
        var recordTooLong = false;
        var fieldTooLong = false;
        if (text.Peek() == '\uFEFF')
        {
            text.Next();
        }

        if (text.Peek() < 0)
        {
            yield break;
        }

        while (true)
        {
            // At the start of a field.
            fieldTooLong = false;
            if (text.Peek() == '"')
            {
                var quoteLine = line;
                text.Next();
                var closed = false;
                int c;
                while ((c = text.Peek()) >= 0)
                {
                    text.Next();
                    if (c == '"')
                    {
                        if (text.Peek() == '"')
                        {
                            text.Next();
                            Append('"');
                            continue;
                        }

                        closed = true;
                        break;
                    }

                    if (c == '\n' || (c == '\r' && text.Peek() != '\n'))
                    {
                        line++;
                    }

                    Append((char)c);
                }

                if (!closed)
                {
                    problems.Add((quoteLine, "a quote that is never closed"));
                }
                else if (text.Peek() is >= 0 and not (',' or '\r' or '\n'))
                {
                    problems.Add((line, "text after a closing quote"));
                    ReadUnquoted();
                }
            }
            else if (ReadUnquoted())
            {
                problems.Add((line, "a quote inside an unquoted value"));
            }

            if (fieldTooLong)
            {
                limits.Add((line, $"a value longer than {InputLimits.MaxFactsValueChars:N0} characters, the most a facts value may have"));
            }

            if (!recordTooLong)
            {
                fields.Add(field.ToString());
            }

            field.Clear();
            if (text.Peek() == ',')
            {
                text.Next();
                Count(1);
                continue;
            }

            if (!recordTooLong)
            {
                // A row cut short would only bring errors that are not in the file.
                yield return new CsvRow(recordLine, [.. fields]);
            }

            fields.Clear();
            recordChars = 0;
            recordTooLong = false;
            if (text.Peek() < 0)
            {
                yield break;
            }

            if (text.Next() == '\r' && text.Peek() == '\n')
            {
                text.Next();
            }

            line++;
            recordLine = line;
            if (text.Peek() < 0)
            {
                yield break;
            }
        }

        // Reads an unquoted value up to a comma or line end; tells whether it holds a quote.
        bool ReadUnquoted()
        {
            var quote = false;
            int c;
            while ((c = text.Peek()) >= 0 && c is not (',' or '\r' or '\n'))
            {
                text.Next();
                quote |= c == '"';
                Append((char)c);
            }

            return quote;
        }

        void Append(char c)
        {
            Count(1);
            if (field.Length < InputLimits.MaxFactsValueChars && !recordTooLong)
            {
                field.Append(c);
            }
            else if (!recordTooLong)
            {
                fieldTooLong = true;
            }
        }

        void Count(int chars)
        {
            recordChars += chars;
            if (recordChars > InputLimits.MaxCsvRecordChars && !recordTooLong)
            {
                recordTooLong = true;
                limits.Add((recordLine, $"a row longer than {InputLimits.MaxCsvRecordChars:N0} characters, the most a CSV facts row may have"));
            }
        }
    }

    /// <summary>A text reader read one character at a time with one character of look-ahead, through a buffer.</summary>
    private sealed class CharSource(TextReader reader)
    {
        private readonly char[] _buffer = new char[1 << 14];
        private int _position;
        private int _length;

        public int Peek()
        {
            if (_position < _length)
            {
                return _buffer[_position];
            }

            _length = reader.Read(_buffer, 0, _buffer.Length);
            _position = 0;
            return _length > 0 ? _buffer[0] : -1;
        }

        public int Next()
        {
            var c = Peek();
            _position++;
            return c;
        }
    }
}
