using System.Buffers;

namespace SiteGen.Output;

/// <summary>Whether a file on disk holds exactly the bytes a build is about to write, read without a new array per file.</summary>
internal static class SameBytes
{
    public static bool Hold(string path, byte[] expected)
    {
        using var handle = File.OpenHandle(path);
        if (RandomAccess.GetLength(handle) != expected.Length)
        {
            return false;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(expected.Length, 1));
        try
        {
            var read = 0;
            int last;
            while (read < expected.Length && (last = RandomAccess.Read(handle, buffer.AsSpan(read, expected.Length - read), read)) > 0)
            {
                read += last;
            }

            return read == expected.Length && buffer.AsSpan(0, read).SequenceEqual(expected);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
