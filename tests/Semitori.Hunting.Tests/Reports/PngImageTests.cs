using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Semitori.Hunting.Tests.Reports;

/// <summary>The screenshot reader on PNGs built here, one scanline per filter type, so it is trusted without a browser.</summary>
public sealed class PngImageTests
{
    private const int Width = 4;

    // Five rows of RGB pixels with gradients, so that every filter has non-zero neighbours to undo.
    private static readonly byte[][] Rows = Enumerable.Range(0, 5)
        .Select(y => Enumerable.Range(0, Width * 3).Select(i => (byte)((y * 53) + (i * 29) + (i * i * 7))).ToArray()).ToArray();

    [Fact]
    public void Every_scanline_filter_is_undone()
    {
        PngImage image = PngImage.Decode(Encode(Rows, filters: [0, 1, 2, 3, 4]));
        Assert.Equal((Width, Rows.Length), (image.Width, image.Height));
        for (int y = 0; y < Rows.Length; y++)
        {
            for (int x = 0; x < Width; x++)
            {
                Assert.Equal((Rows[y][x * 3], Rows[y][(x * 3) + 1], Rows[y][(x * 3) + 2]), image[x, y]);
            }
        }
    }

    [Fact]
    public void A_damaged_chunk_is_refused()
    {
        byte[] png = Encode(Rows, filters: [0, 0, 0, 0, 0]);
        png[^20] ^= 0xFF;
        Assert.Throws<InvalidDataException>(() => PngImage.Decode(png));
        Assert.Throws<InvalidDataException>(() => PngImage.Decode(Encoding.ASCII.GetBytes("GIF89a")));
    }

    private static byte[] Encode(byte[][] rows, int[] filters)
    {
        var raw = new MemoryStream();
        byte[] previous = new byte[Width * 3];
        for (int y = 0; y < rows.Length; y++)
        {
            raw.WriteByte((byte)filters[y]);
            for (int i = 0; i < rows[y].Length; i++)
            {
                int a = i >= 3 ? rows[y][i - 3] : 0, b = previous[i], c = i >= 3 ? previous[i - 3] : 0;
                int predictor = filters[y] switch { 0 => 0, 1 => a, 2 => b, 3 => (a + b) >> 1, _ => Paeth(a, b, c) };
                raw.WriteByte((byte)(rows[y][i] - predictor));
            }

            previous = rows[y];
        }

        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw.ToArray());
        }

        var png = new MemoryStream();
        png.Write([137, 80, 78, 71, 13, 10, 26, 10]);
        byte[] header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, Width);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), (uint)rows.Length);
        header[8] = 8;
        header[9] = 2;
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        byte[] buffer = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(buffer, (uint)data.Length);
        Encoding.ASCII.GetBytes(type, buffer.AsSpan(4));
        data.CopyTo(buffer, 8);
        BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(8 + data.Length), PngImage.Crc(buffer.AsSpan(4, 4 + data.Length)));
        png.Write(buffer);
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
