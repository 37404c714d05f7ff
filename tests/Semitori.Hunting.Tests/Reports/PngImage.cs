using System.Buffers.Binary;
using System.IO.Compression;

namespace Semitori.Hunting.Tests.Reports;

/// <summary>
/// A minimal PNG decoder for screenshots: 8-bit greyscale, RGB or RGBA, not interlaced (what Chromium
/// writes). Checks the signature and every chunk's CRC, inflates the IDAT stream with
/// <see cref="ZLibStream"/> and undoes the five scanline filters. Pixels come out as RGB triplets.
/// </summary>
internal sealed class PngImage
{
    /// <summary>Largest side accepted; a screenshot is a few thousand pixels at most.</summary>
    public const int MaxSide = 16_384;

    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    private readonly byte[] _rgb;

    private PngImage(int width, int height, byte[] rgb)
    {
        Width = width;
        Height = height;
        _rgb = rgb;
    }

    public int Width { get; }
    public int Height { get; }

    public (byte R, byte G, byte B) this[int x, int y]
    {
        get
        {
            int i = ((y * Width) + x) * 3;
            return (_rgb[i], _rgb[i + 1], _rgb[i + 2]);
        }
    }

    public static PngImage Decode(byte[] png)
    {
        if (png.Length < Signature.Length || !png.AsSpan(0, Signature.Length).SequenceEqual(Signature))
        {
            throw new InvalidDataException("not a PNG signature");
        }

        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        int pos = Signature.Length;
        bool ended = false;
        while (!ended)
        {
            if (pos + 12 > png.Length)
            {
                throw new InvalidDataException("truncated chunk");
            }

            int length = checked((int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(pos)));
            if (length > png.Length - pos - 12)
            {
                throw new InvalidDataException("chunk longer than the file");
            }

            ReadOnlySpan<byte> typeAndData = png.AsSpan(pos + 4, 4 + length);
            uint crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(pos + 8 + length));
            if (Crc(typeAndData) != crc)
            {
                throw new InvalidDataException("chunk CRC mismatch");
            }

            string type = System.Text.Encoding.ASCII.GetString(typeAndData[..4]);
            ReadOnlySpan<byte> data = typeAndData[4..];
            switch (type)
            {
                case "IHDR":
                    width = checked((int)BinaryPrimitives.ReadUInt32BigEndian(data));
                    height = checked((int)BinaryPrimitives.ReadUInt32BigEndian(data[4..]));
                    byte depth = data[8], colour = data[9], interlace = data[12];
                    channels = colour switch { 0 => 1, 2 => 3, 6 => 4, _ => 0 };
                    if (depth != 8 || channels == 0 || interlace != 0 || width is <= 0 or > MaxSide || height is <= 0 or > MaxSide)
                    {
                        throw new InvalidDataException($"unsupported PNG: {width}x{height}, depth {depth}, colour type {colour}, interlace {interlace}");
                    }

                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
                case "IEND":
                    ended = true;
                    break;
            }

            pos += 12 + length;
        }

        if (channels == 0)
        {
            throw new InvalidDataException("no IHDR chunk");
        }

        int stride = width * channels;
        byte[] raw = new byte[(stride + 1) * height];
        idat.Position = 0;
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            zlib.ReadExactly(raw);
        }

        return new PngImage(width, height, Unfilter(raw, width, height, channels));
    }

    private static byte[] Unfilter(byte[] raw, int width, int height, int channels)
    {
        int stride = width * channels;
        byte[] previous = new byte[stride];
        byte[] current = new byte[stride];
        byte[] rgb = new byte[width * height * 3];
        for (int y = 0; y < height; y++)
        {
            int row = y * (stride + 1);
            byte filter = raw[row];
            for (int i = 0; i < stride; i++)
            {
                int a = i >= channels ? current[i - channels] : 0;
                int b = previous[i];
                int c = i >= channels ? previous[i - channels] : 0;
                int x = raw[row + 1 + i];
                current[i] = (byte)(filter switch
                {
                    0 => x,
                    1 => x + a,
                    2 => x + b,
                    3 => x + ((a + b) >> 1),
                    4 => x + Paeth(a, b, c),
                    _ => throw new InvalidDataException($"scanline filter {filter}"),
                });
            }

            for (int px = 0; px < width; px++)
            {
                int o = ((y * width) + px) * 3;
                int s = px * channels;
                rgb[o] = current[s];
                rgb[o + 1] = channels == 1 ? current[s] : current[s + 1];
                rgb[o + 2] = channels == 1 ? current[s] : current[s + 2];
            }

            (previous, current) = (current, previous);
        }

        return rgb;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    internal static uint Crc(ReadOnlySpan<byte> bytes) => Semitori.Formats.Common.Crc32.Compute(bytes);
}
