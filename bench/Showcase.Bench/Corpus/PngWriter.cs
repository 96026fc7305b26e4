using System.Buffers.Binary;

namespace Showcase.Bench.Corpus;

/// <summary>
/// A small RGB PNG, a two-colour gradient, with stored (uncompressed) deflate blocks so the
/// bytes depend on nothing but the input.
/// </summary>
public static class PngWriter
{
    public static byte[] Gradient(int width, int height, (byte R, byte G, byte B) from, (byte R, byte G, byte B) to)
    {
        int stride = 1 + width * 3;
        var raw = new byte[stride * height];
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                int t = (x + y) * 255 / (width + height - 2);
                int o = y * stride + 1 + x * 3;
                raw[o] = Mix(from.R, to.R, t);
                raw[o + 1] = Mix(from.G, to.G, t);
                raw[o + 2] = Mix(from.B, to.B, t);
            }
        }
        var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", Stored(raw));
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static byte Mix(byte a, byte b, int t) => (byte)((a * (255 - t) + b * t) / 255);

    private static byte[] Stored(byte[] data)
    {
        var z = new MemoryStream();
        z.Write([0x78, 0x01]);
        for (int offset = 0; offset < data.Length || offset == 0; offset += 65535)
        {
            int length = Math.Min(65535, data.Length - offset);
            z.WriteByte((byte)(offset + length >= data.Length ? 1 : 0));
            z.Write([(byte)length, (byte)(length >> 8), (byte)~length, (byte)(~length >> 8)]);
            z.Write(data, offset, length);
        }
        uint a = 1, b = 0;
        foreach (var d in data)
        {
            a = (a + d) % 65521;
            b = (b + a) % 65521;
        }
        var adler = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(adler, (b << 16) | a);
        z.Write(adler);
        return z.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var head = new byte[8];
        BinaryPrimitives.WriteInt32BigEndian(head, data.Length);
        System.Text.Encoding.ASCII.GetBytes(type, head.AsSpan(4));
        png.Write(head);
        png.Write(data);
        var sum = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(sum, Crc32(Crc32(0xFFFFFFFFu, head.AsSpan(4)), data) ^ 0xFFFFFFFFu);
        png.Write(sum);
    }

    private static readonly uint[] CrcTable = Enumerable.Range(0, 256).Select(n =>
    {
        uint c = (uint)n;
        for (int k = 0; k < 8; k++)
        {
            c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        }
        return c;
    }).ToArray();

    private static uint Crc32(uint crc, ReadOnlySpan<byte> data)
    {
        foreach (var d in data)
        {
            crc = CrcTable[(crc ^ d) & 0xFF] ^ (crc >> 8);
        }
        return crc;
    }
}
