using System.Text;

namespace Compliance.Rules.Reporting;

/// <summary>
/// A write-only stream that decodes the UTF-8 bytes written to it and passes the text on to a <see cref="TextWriter"/>,
/// so that a report written as bytes (JSON) reaches standard output as it is produced, without being held whole.
/// </summary>
/// <remarks>Not thread-safe.</remarks>
internal sealed class TextWriterStream : Stream
{
    private readonly TextWriter _output;
    private readonly Decoder _decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
    private char[] _chars = new char[4096];

    /// <summary>Initializes a new instance of the <see cref="TextWriterStream"/> class.</summary>
    /// <param name="output">The writer the text goes to (left open).</param>
    public TextWriterStream(TextWriter output) => _output = output;

    /// <inheritdoc/>
    public override bool CanRead => false;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => true;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var needed = _decoder.GetCharCount(buffer, flush: false);
        if (needed > _chars.Length)
        {
            _chars = new char[needed];
        }

        var written = _decoder.GetChars(buffer, _chars, flush: false);
        _output.Write(_chars, 0, written);
    }

    /// <inheritdoc/>
    public override void Flush() => _output.Flush();

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();
}
