using System.Buffers;
using System.Text;

namespace SiteGen.Emit;

/// <summary>
/// The UTF-8 bytes of one file while it is written, in pieces rented from the shared pool. The file then costs one
/// array of its exact size: a MemoryStream doubles and copies (programme.json is 70 MB at 10,000 subprojects), and a
/// string first costs twice the file in UTF-16 and once more in a StringBuilder. Dispose gives the pieces back.
/// </summary>
public sealed class FileBytes : IBufferWriter<byte>, IDisposable
{
    private const int FirstPiece = 4 * 1024;
    private const int LargestPiece = 1024 * 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly List<(byte[] Piece, int Used)> _full = [];
    private byte[] _piece = [];
    private int _used;

    public int Length { get; private set; }

    public void Advance(int count)
    {
        _used += count;
        Length += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        var room = Room(sizeHint);
        return _piece.AsMemory(_used, room);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        var room = Room(sizeHint);
        return _piece.AsSpan(_used, room);
    }

    /// <summary>Text, as UTF-8 (a lone surrogate becomes U+FFFD, as <see cref="Encoding.UTF8"/> writes it).</summary>
    public FileBytes Append(ReadOnlySpan<char> text)
    {
        Advance(Utf8.GetBytes(text, GetSpan(Utf8.GetMaxByteCount(text.Length))));
        return this;
    }

    /// <summary>One ASCII character.</summary>
    public FileBytes Append(char ascii)
    {
        GetSpan(1)[0] = (byte)ascii;
        Advance(1);
        return this;
    }

    public FileBytes Append(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(GetSpan(bytes.Length));
        Advance(bytes.Length);
        return this;
    }

    /// <summary>A stream that writes onto these bytes, for writers that want one; closing it leaves them be.</summary>
    public Stream AsStream() => new Writing(this);

    public byte[] ToArray()
    {
        var bytes = GC.AllocateUninitializedArray<byte>(Length);
        var at = 0;
        foreach (var (piece, used) in _full)
        {
            piece.AsSpan(0, used).CopyTo(bytes.AsSpan(at));
            at += used;
        }

        _piece.AsSpan(0, _used).CopyTo(bytes.AsSpan(at));
        return bytes;
    }

    public override string ToString() => Utf8.GetString(ToArray());

    public void Dispose()
    {
        foreach (var (piece, _) in _full)
        {
            ArrayPool<byte>.Shared.Return(piece);
        }

        if (_piece.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_piece);
        }

        _full.Clear();
        (_piece, _used, Length) = ([], 0, 0);
    }

    /// <summary>Room for at least <paramref name="sizeHint"/> bytes (one when 0) in the current piece, starting a new one when it is full; pieces grow up to a megabyte.</summary>
    private int Room(int sizeHint)
    {
        var wanted = Math.Max(sizeHint, 1);
        if (_piece.Length - _used < wanted)
        {
            if (_used > 0)
            {
                _full.Add((_piece, _used));
            }
            else if (_piece.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(_piece);
            }

            var size = Math.Max(wanted, Math.Clamp(Length, FirstPiece, LargestPiece));
            (_piece, _used) = (ArrayPool<byte>.Shared.Rent(size), 0);
        }

        return _piece.Length - _used;
    }

    private sealed class Writing(FileBytes bytes) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => bytes.Length;

        public override long Position
        {
            get => bytes.Length;
            set => throw new NotSupportedException();
        }

        public override void Write(ReadOnlySpan<byte> buffer) => bytes.Append(buffer);

        public override void Write(byte[] buffer, int offset, int count) => bytes.Append(buffer.AsSpan(offset, count));

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
