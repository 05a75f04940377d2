using System.Text;
using System.Text.Unicode;

namespace Compliance.Rules.Facts.Input;

/// <summary>
/// Finds out, before a facts file is parsed, which text encoding it is in: UTF-8 (with or without a byte order mark),
/// GB18030 (which includes GBK, the default of Chinese Excel and WPS), or neither. The file is read as a stream in
/// blocks, so the check costs one pass and no memory.
/// </summary>
/// <remarks>
/// A file that is valid UTF-8 is UTF-8 (pure ASCII is both, and reads the same either way). A file that is not is tried
/// strictly as GB18030; a UTF-16 byte order mark is recognised only to say so.
/// </remarks>
internal static class TextEncodingCheck
{
    private const int BlockSize = 1 << 16;

    /// <summary>Gets the GB18030 encoding (code page 54936), failing on bytes that are not GB18030.</summary>
    public static Encoding Gb18030 { get; } =
        CodePagesEncodingProvider.Instance.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;

    /// <summary>Gets strict UTF-8, failing on bytes that are not UTF-8.</summary>
    public static Encoding StrictUtf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Checks a file.</summary>
    /// <param name="file">The file.</param>
    /// <returns>The encoding found.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static TextEncodingResult Check(string file)
    {
        var utf8 = FirstNonUtf8Line(file);
        if (utf8 == 0)
        {
            return new TextEncodingResult(TextEncodingKind.Utf8, 0);
        }

        using (var stream = OpenRead(file))
        {
            Span<byte> start = stackalloc byte[2];
            if (stream.ReadAtLeast(start, 2, throwOnEndOfStream: false) == 2 && (start is [0xFF, 0xFE] || start is [0xFE, 0xFF]))
            {
                return new TextEncodingResult(TextEncodingKind.Utf16, 1);
            }
        }

        return DecodesAsGb18030(file)
            ? new TextEncodingResult(TextEncodingKind.Gb18030, utf8)
            : new TextEncodingResult(TextEncodingKind.Other, utf8);
    }

    /// <summary>Opens a file for reading as a stream.</summary>
    /// <param name="file">The file.</param>
    /// <returns>The stream.</returns>
    public static FileStream OpenRead(string file) =>
        new(file, FileMode.Open, FileAccess.Read, FileShare.Read, BlockSize, FileOptions.SequentialScan);

    // The one-based line of the first byte that is not UTF-8, or 0 when the whole file is UTF-8.
    private static int FirstNonUtf8Line(string file)
    {
        using var stream = OpenRead(file);
        var buffer = new byte[BlockSize];
        var chars = new char[BlockSize];
        var pending = 0;
        var line = 1;
        while (true)
        {
            var read = stream.Read(buffer, pending, buffer.Length - pending);
            var length = pending + read;
            var final = read == 0;
            var input = buffer.AsSpan(0, length);
            var consumedTotal = 0;
            while (true)
            {
                var status = Utf8.ToUtf16(input[consumedTotal..], chars, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: final);
                line += input.Slice(consumedTotal, consumed).Count((byte)'\n');
                consumedTotal += consumed;
                if (status == System.Buffers.OperationStatus.InvalidData)
                {
                    return line;
                }

                if (status != System.Buffers.OperationStatus.DestinationTooSmall)
                {
                    break;
                }
            }

            if (final)
            {
                return 0;
            }

            // Keep a sequence cut by the end of the block for the next round.
            pending = length - consumedTotal;
            input[consumedTotal..].CopyTo(buffer);
        }
    }

    private static bool DecodesAsGb18030(string file)
    {
        using var stream = OpenRead(file);
        using var reader = new StreamReader(stream, Gb18030, detectEncodingFromByteOrderMarks: false);
        var chars = new char[BlockSize];
        try
        {
            while (reader.Read(chars, 0, chars.Length) > 0)
            {
            }

            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
