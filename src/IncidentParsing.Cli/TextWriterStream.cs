using System.Buffers;
using System.Text;

namespace IncidentParsing.Cli;

/// <summary>
/// A write-only stream of UTF-8 bytes onto a <see cref="TextWriter"/> (stdout, or a test's writer), so the formats,
/// which write streams, can write to it. A stateful decoder keeps a character cut between two writes whole.
/// </summary>
internal sealed class TextWriterStream(TextWriter writer) : Stream
{
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        char[] chars = Decode(buffer, out int n);
        writer.Write(chars, 0, n);
        ArrayPool<char>.Shared.Return(chars);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        char[] chars = Decode(buffer.Span, out int n);
        await writer.WriteAsync(chars.AsMemory(0, n), cancellationToken);
        ArrayPool<char>.Shared.Return(chars);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush() => writer.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => writer.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private char[] Decode(ReadOnlySpan<byte> bytes, out int count)
    {
        char[] chars = ArrayPool<char>.Shared.Rent(Math.Max(1, _decoder.GetCharCount(bytes, flush: false)));
        count = _decoder.GetChars(bytes, chars, flush: false);
        return chars;
    }
}
