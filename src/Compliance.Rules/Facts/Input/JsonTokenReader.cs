using System.Text;
using System.Text.Json;
using Compliance.Rules.Diagnostics;

namespace Compliance.Rules.Facts.Input;

/// <summary>
/// Reads a JSON facts file token by token from a stream with <see cref="Utf8JsonReader"/>, keeping only a small buffer
/// (one token must fit in it), and tracks the line and column of every token, which <see cref="Utf8JsonReader"/> does not
/// expose.
/// </summary>
/// <remarks>
/// The reader is strict JSON (no comments, no trailing commas) with a nesting limit of
/// <see cref="InputLimits.MaxFactsNestingDepth"/>; a value longer than <see cref="InputLimits.MaxFactsValueChars"/>
/// characters is refused. Problems are thrown as <see cref="JsonFactsException"/> carrying a positioned diagnostic.
/// Columns count characters, as the YAML reader's do. Not thread-safe.
/// </remarks>
internal sealed class JsonTokenReader
{
    // A token may take up to four bytes per character, plus its quotes and escapes.
    private const int MaxTokenBytes = (InputLimits.MaxFactsValueChars * 6) + 16;

    private readonly Stream _stream;
    private readonly string _file;
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _final;
    private JsonReaderState _state = new(new JsonReaderOptions { MaxDepth = InputLimits.MaxFactsNestingDepth, CommentHandling = JsonCommentHandling.Disallow });
    private int _line = 1;
    private int _column = 1;
    private bool _started;

    /// <summary>Initializes a new instance of the <see cref="JsonTokenReader"/> class.</summary>
    /// <param name="stream">The file's bytes (UTF-8, checked beforehand).</param>
    /// <param name="file">The file, for positions.</param>
    public JsonTokenReader(Stream stream, string file)
    {
        _stream = stream;
        _file = file;
    }

    /// <summary>Gets a value indicating whether the file holds nothing but white space.</summary>
    /// <returns><see langword="true"/> for an empty document.</returns>
    public bool IsEmpty()
    {
        Fill();
        while (true)
        {
            var rest = _buffer.AsSpan(_start, _end - _start);
            var content = rest.IndexOfAnyExcept(" \t\r\n"u8);
            if (content >= 0)
            {
                return false;
            }

            Advance(_end);
            if (_final)
            {
                return true;
            }

            Refill();
        }
    }

    /// <summary>Reads the next token.</summary>
    /// <param name="token">The token.</param>
    /// <returns><see langword="false"/> at the end of the document.</returns>
    /// <exception cref="JsonFactsException">The text is not well-formed JSON, is nested too deep or holds a value too long.</exception>
    public bool Read(out JsonToken token)
    {
        Fill();
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            bool read;
            try
            {
                read = reader.Read();
            }
            catch (JsonException ex)
            {
                throw Problem(ex);
            }

            if (read)
            {
                var from = _start;
                Advance(from + (int)reader.TokenStartIndex);
                var at = new SourceLocation(_file, _line, _column);
                token = new JsonToken(reader.TokenType, TextOf(ref reader, at), at);
                Advance(from + (int)reader.BytesConsumed);
                _state = reader.CurrentState;
                return true;
            }

            if (_final)
            {
                token = default;
                return false;
            }

            Refill();
        }
    }

    /// <summary>Skips the value that starts with the token just read (nothing for a scalar).</summary>
    /// <param name="first">The token just read.</param>
    public void Skip(JsonToken first)
    {
        if (first.Type is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        var depth = 1;
        while (depth > 0 && Read(out var token))
        {
            depth += token.Type switch
            {
                JsonTokenType.StartObject or JsonTokenType.StartArray => 1,
                JsonTokenType.EndObject or JsonTokenType.EndArray => -1,
                _ => 0,
            };
        }
    }

    private static string? TextOf(ref Utf8JsonReader reader, SourceLocation at) => reader.TokenType switch
    {
        JsonTokenType.PropertyName or JsonTokenType.String => StringOf(ref reader, at),
        JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        _ => null,
    };

    // A file was checked to be UTF-8 before it is read; a stream (a request's body) is checked here, string by string.
    private static string? StringOf(ref Utf8JsonReader reader, SourceLocation at)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException ex)
        {
            throw new JsonFactsException(ex.Message, ex)
            {
                Diagnostic = Diagnostic.Create(DiagnosticCodes.WrongEncoding, "this string holds bytes that are not UTF-8; JSON facts must be UTF-8", at),
            };
        }
    }

    private void Fill()
    {
        if (_started)
        {
            return;
        }

        _started = true;
        Refill();
        if (_buffer.AsSpan(_start, _end - _start).StartsWith("\uFEFF"u8))
        {
            _start += 3;
        }
    }

    private void Refill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxTokenBytes)
            {
                throw new JsonFactsException("value too long")
                {
                    Diagnostic = Diagnostic.Create(
                        DiagnosticCodes.TooLarge,
                        $"a value is longer than {InputLimits.MaxFactsValueChars:N0} characters, the most a facts value may have",
                        new SourceLocation(_file, _line, _column)),
                };
            }

            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = _stream.ReadAtLeast(_buffer.AsSpan(_end), 1, throwOnEndOfStream: false);
        _end += read;
        _final = read == 0;
    }

    // Moves the start of the unread text to an index of the buffer, counting lines and characters on the way.
    private void Advance(int to)
    {
        var passed = _buffer.AsSpan(_start, to - _start);
        var lastNewLine = passed.LastIndexOf((byte)'\n');
        if (lastNewLine >= 0)
        {
            _line += passed.Count((byte)'\n');
            _column = 1;
            passed = passed[(lastNewLine + 1)..];
        }

        foreach (var b in passed)
        {
            if ((b & 0xC0) != 0x80)
            {
                _column++;
            }
        }

        _start = to;
    }

    private JsonFactsException Problem(JsonException ex)
    {
        var depth = ex.Message.Contains("maximum configured depth", StringComparison.Ordinal);
        var line = (int)((ex.LineNumber ?? 0) + 1);
        var column = (int)((ex.BytePositionInLine ?? 0) + 1);
        var at = new SourceLocation(_file, line, column);
        var diagnostic = depth
            ? Diagnostic.Create(
                DiagnosticCodes.TooDeep,
                $"lists and mappings are nested more than {InputLimits.MaxFactsNestingDepth} levels deep; a facts document needs five",
                at)
            : Diagnostic.Create(DiagnosticCodes.UnreadableInput, $"not well-formed JSON: {Clean(ex.Message)}", at);
        return new JsonFactsException(ex.Message, ex) { Diagnostic = diagnostic };
    }

    // System.Text.Json ends its messages with " LineNumber: 3 | BytePositionInLine: 7."; the position is reported apart.
    private static string Clean(string message)
    {
        var index = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (index >= 0 ? message[..index] : message).TrimEnd();
    }
}
