using System.Globalization;
using Compliance.Rules.Authoring;
using Compliance.Rules.Diagnostics;

namespace Compliance.Rules.Yaml;

/// <summary>
/// Reads the text of a rule, calendar or case file with every check that comes before parsing: that it lies inside the
/// folder being loaded once symbolic links are followed, that it exists and can be read, that it is not larger than its
/// limit (checked before it is read, and never more than the limit read), that it is UTF-8, and that no line is too long.
/// </summary>
/// <remarks>Each failure is one diagnostic for the file, and the file's text is then not used at all.</remarks>
internal static class SourceFile
{
    /// <summary>Reads a file.</summary>
    /// <param name="path">The file's path, as diagnostics name it.</param>
    /// <param name="limits">The limits of this kind of file.</param>
    /// <param name="root">The folders the file must lie in, or <see langword="null"/> for a file the caller named itself.</param>
    /// <param name="unreadableCode">The code for a file that cannot be read (each kind of file has its own).</param>
    /// <param name="diagnostics">Receives the problem, when there is one.</param>
    /// <returns>The text, or <see langword="null"/> when the file is refused (a diagnostic has been added).</returns>
    public static string? Read(string path, FileLimits limits, InputRoot? root, DiagnosticDescriptor unreadableCode, ICollection<Diagnostic> diagnostics)
    {
        var where = SourceLocation.OfFile(path);
        var real = InputRoot.RealPath(path);
        if (real is null)
        {
            diagnostics.Add(Diagnostic.Create(unreadableCode, "the file cannot be read: its symbolic links lead round in a loop", where));
            return null;
        }

        if (root is not null && !root.Contains(real))
        {
            diagnostics.Add(Diagnostic.Create(
                DiagnosticCodes.OutsideRoot,
                $"the file is a symbolic link (or lies in a linked folder) that leads outside '{root.Display}', to '{real}'; files outside the folder being loaded are not read",
                where));
            return null;
        }

        var info = new FileInfo(real);
        if (!info.Exists)
        {
            var message = string.Equals(real, Path.GetFullPath(path), StringComparison.Ordinal)
                ? "the file cannot be read: it does not exist"
                : $"the file cannot be read: it is a symbolic link to '{real}', which does not exist";
            diagnostics.Add(Diagnostic.Create(unreadableCode, message, where));
            return null;
        }

        if (info.Length > limits.MaxBytes)
        {
            diagnostics.Add(TooLarge(path, info.Length, limits));
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = ReadAtMost(real, limits.MaxBytes + 1);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Create(unreadableCode, $"the file cannot be read: {ex.Message}", where));
            return null;
        }

        if (bytes.Length > limits.MaxBytes)
        {
            diagnostics.Add(TooLarge(path, bytes.Length, limits));
            return null;
        }

        var text = Utf8Text.Decode(bytes, path, diagnostics);
        return text is not null && CheckLines(text, path, limits, diagnostics) ? text : null;
    }

    /// <summary>Checks text handed in as a string (not read from a file) against the limits of its kind of file.</summary>
    /// <param name="text">The text.</param>
    /// <param name="file">The file name used in diagnostics.</param>
    /// <param name="limits">The limits.</param>
    /// <param name="diagnostics">Receives the problems.</param>
    /// <returns><see langword="true"/> when the text is within the limits.</returns>
    public static bool Check(string text, string file, FileLimits limits, ICollection<Diagnostic> diagnostics)
    {
        // Counting the UTF-8 bytes of a huge string costs one pass; a string over four times the limit is too large whatever it holds.
        long size = text.Length > limits.MaxBytes * 4L ? text.Length : System.Text.Encoding.UTF8.GetByteCount(text);
        if (size > limits.MaxBytes)
        {
            diagnostics.Add(TooLarge(file, size, limits));
            return false;
        }

        return CheckLines(text, file, limits, diagnostics);
    }

    private static bool CheckLines(string text, string file, FileLimits limits, ICollection<Diagnostic> diagnostics)
    {
        var ok = true;
        var line = 1;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            var stop = end < 0 ? text.Length : end;
            var length = stop > start && text[stop - 1] == '\r' ? stop - start - 1 : stop - start;
            if (length > limits.MaxLineLength)
            {
                ok = false;
                diagnostics.Add(Diagnostic.Create(
                    DiagnosticCodes.LineTooLong,
                    string.Create(CultureInfo.InvariantCulture, $"line {line} is {length:N0} characters long; {limits.Kind}'s lines may be at most {limits.MaxLineLength:N0}"),
                    new SourceLocation(file, line, limits.MaxLineLength + 1)));
            }

            if (end < 0)
            {
                break;
            }

            start = end + 1;
            line++;
        }

        return ok;
    }

    private static Diagnostic TooLarge(string file, long size, FileLimits limits) => Diagnostic.Create(
        DiagnosticCodes.FileTooLarge,
        string.Create(CultureInfo.InvariantCulture, $"the file is {size:N0} bytes; {limits.Kind} may be at most {limits.MaxBytes:N0} bytes ({limits.MaxBytes / 1024.0 / 1024.0:0.##} MiB), so it is not read"),
        SourceLocation.OfFile(file));

    private static byte[] ReadAtMost(string path, int count)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var buffer = new byte[Math.Min(count, Math.Max(stream.CanSeek ? stream.Length : 0, 4096) + 1)];
        var read = 0;
        while (read < count)
        {
            if (read == buffer.Length)
            {
                Array.Resize(ref buffer, Math.Min(count, buffer.Length * 2));
            }

            var n = stream.Read(buffer, read, buffer.Length - read);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        return buffer[..read];
    }
}
