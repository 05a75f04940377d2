using System.Text;
using System.Text.Unicode;
using Compliance.Rules.Authoring;
using Compliance.Rules.Diagnostics;

namespace Compliance.Rules.Yaml;

/// <summary>
/// Decodes a file's bytes as strict UTF-8 (a byte order mark is allowed and dropped). A file that is not UTF-8 gets one
/// diagnostic at its first byte that is not, which says so plainly when the file reads as GB18030, the "ANSI" encoding of
/// Chinese Windows, Notepad and WPS: never replacement characters in place of the text.
/// </summary>
internal static class Utf8Text
{
    private const int Gb18030CodePage = 54936;

    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>Decodes the bytes.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="file">The file name used in diagnostics.</param>
    /// <param name="diagnostics">Receives the problem when the bytes are not UTF-8.</param>
    /// <returns>The text, or <see langword="null"/> when the bytes are not UTF-8.</returns>
    public static string? Decode(ReadOnlySpan<byte> bytes, string file, ICollection<Diagnostic> diagnostics)
    {
        if (bytes.StartsWith(ByteOrderMark))
        {
            bytes = bytes[ByteOrderMark.Length..];
        }

        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status == System.Buffers.OperationStatus.Done)
        {
            return new string(chars, 0, written);
        }

        var valid = chars.AsSpan(0, written);
        var line = valid.Count('\n') + 1;
        var column = written - (valid.LastIndexOf('\n') + 1) + 1;
        var message = IsGb18030(bytes)
            ? "this file is GBK/GB18030, not UTF-8; save it as UTF-8 (in Notepad: Save as, Encoding UTF-8; in WPS or VS Code: the encoding in the status bar)"
            : $"the file is not UTF-8: the byte 0x{bytes[read]:X2} here does not start a UTF-8 character; save it as UTF-8";
        diagnostics.Add(Diagnostic.Create(DiagnosticCodes.NotUtf8, message, new SourceLocation(file, line, column)));
        return null;
    }

    /// <summary>Tells whether the bytes decode as GB18030 without error and hold Chinese characters.</summary>
    /// <remarks>
    /// Many byte strings that are neither happen to decode as GB18030, so Chinese characters (CJK ideographs) are required
    /// too. The code-page provider is asked directly, not registered, so the process's encodings are left as they were.
    /// </remarks>
    private static bool IsGb18030(ReadOnlySpan<byte> bytes)
    {
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(Gb18030CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        if (encoding is null)
        {
            return false;
        }

        try
        {
            var text = encoding.GetString(bytes);
            return text.Any(c => c is >= '\u4E00' and <= '\u9FFF');
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
