namespace Compliance.Rules.Reporting;

/// <summary>
/// A write-only stream in front of a JSON report that escapes, as <c>\uXXXX</c>, the invisible characters above ASCII
/// that the JSON encoder writes raw: the C1 controls (U+0080–U+009F) and the bidirectional marks and overrides
/// (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), which can make a terminal or an editor show a name other
/// than the one written. JSON's structure is ASCII, so these characters only occur inside strings, where the escape
/// stands for the same value.
/// </summary>
/// <remarks>
/// The filter works on the UTF-8 bytes as they pass, so a national report is never held whole: a character split
/// across two writes is completed by the next one. Not thread-safe.
/// </remarks>
internal sealed class InvisibleEscapingStream : Stream
{
    private readonly Stream _inner;
    private readonly byte[] _pending = new byte[2];
    private int _pendingCount;

    /// <summary>Initializes a new instance of the <see cref="InvisibleEscapingStream"/> class.</summary>
    /// <param name="inner">The stream the escaped bytes go to (left open).</param>
    public InvisibleEscapingStream(Stream inner) => _inner = inner;

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
        var start = 0;
        for (var i = 0; i < buffer.Length; i++)
        {
            var b = buffer[i];
            if (_pendingCount == 0 && b is not (0xC2 or 0xD8 or 0xE2))
            {
                continue;
            }

            // A lead byte that may begin an invisible character: flush what precedes it, then collect the sequence.
            if (_pendingCount == 0)
            {
                _inner.Write(buffer[start..i]);
                _pending[0] = b;
                _pendingCount = 1;
                start = i + 1;
                continue;
            }

            start = i + 1;
            Collect(b);
        }

        if (_pendingCount == 0)
        {
            _inner.Write(buffer[start..]);
        }
    }

    /// <inheritdoc/>
    public override void Flush()
    {
        _inner.Write(_pending.AsSpan(0, _pendingCount));
        _pendingCount = 0;
        _inner.Flush();
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    private void Collect(byte b)
    {
        var lead = _pending[0];
        if (_pendingCount == 1 && lead == 0xE2)
        {
            if (b is 0x80 or 0x81)
            {
                _pending[1] = b;
                _pendingCount = 2;
                return;
            }

            Emit([lead, b]);
            return;
        }

        int? code = (lead, _pendingCount) switch
        {
            (0xC2, 1) when b is >= 0x80 and <= 0x9F => b,
            (0xD8, 1) when b == 0x9C => 0x061C,
            (0xE2, 2) when _pending[1] == 0x80 && b is 0x8E or 0x8F or (>= 0xAA and <= 0xAE) => 0x2000 + (b & 0x3F),
            (0xE2, 2) when _pending[1] == 0x81 && b is >= 0xA6 and <= 0xA9 => 0x2040 + (b & 0x3F),
            _ => null,
        };
        if (code is { } escaped)
        {
            _pendingCount = 0;
            _inner.Write(System.Text.Encoding.ASCII.GetBytes($"\\u{escaped:X4}"));
            return;
        }

        Emit([.. _pending.AsSpan(0, _pendingCount), b]);
    }

    private void Emit(ReadOnlySpan<byte> bytes)
    {
        _pendingCount = 0;
        _inner.Write(bytes);
    }
}
