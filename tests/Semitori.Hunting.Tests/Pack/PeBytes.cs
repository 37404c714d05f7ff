using System.Buffers.Binary;
using System.Text;

namespace Semitori.Hunting.Tests.Pack;

/// <summary>Synthetic file bytes for the pack's rule fixtures: PE-shaped shells, LNK headers, and patches to real PEs.</summary>
internal static class PeBytes
{
    /// <summary>A minimal PE-shaped file (MZ, e_lfanew 0x40, "PE\0\0") with the marker strings after the header.</summary>
    public static byte[] Shell(params string[] markers) => Shell(markers.Select(m => Encoding.ASCII.GetBytes(m)).ToArray());

    public static byte[] Shell(params byte[][] markers)
    {
        var data = new List<byte>(new byte[0x100]);
        data[0] = (byte)'M';
        data[1] = (byte)'Z';
        data[0x3C] = 0x40;
        data[0x40] = (byte)'P';
        data[0x41] = (byte)'E';
        foreach (byte[] marker in markers)
        {
            data.AddRange(marker);
            data.Add(0);
        }

        return [.. data];
    }

    /// <summary>A Windows shortcut header (HeaderSize 0x4C, LinkCLSID 00021401-…-46) followed by the given UTF-16 strings.</summary>
    public static byte[] Lnk(params string[] wideStrings)
    {
        var data = new byte[0x4C];
        data[0] = 0x4C;
        new byte[] { 0x01, 0x14, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46 }.CopyTo(data, 4);
        return [.. data, .. wideStrings.SelectMany(s => Encoding.Unicode.GetBytes(s + "\0"))];
    }

    /// <summary>
    /// Appends a WIN_CERTIFICATE (revision 2.0, PKCS#7) holding a DER SEQUENCE of <paramref name="content"/>
    /// and points the security data directory at it. <paramref name="slack"/> bytes are added inside
    /// dwLength after the DER, as the Ecipekac container does; 0 gives the normal 8-byte-rounded length.
    /// </summary>
    public static byte[] WithCertificateTable(byte[] pe, byte[] content, int slack)
    {
        var der = new List<byte> { 0x30, 0x82, (byte)(content.Length >> 8), (byte)content.Length };
        der.AddRange(content);
        int length = 8 + der.Count;
        length = slack == 0 ? (length + 7) & ~7 : length + slack;
        int offset = (pe.Length + 7) & ~7;
        var image = new byte[offset + length];
        pe.CopyTo(image, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(image.AsSpan(offset), (uint)length);
        BinaryPrimitives.WriteUInt16LittleEndian(image.AsSpan(offset + 4), 0x0200);
        BinaryPrimitives.WriteUInt16LittleEndian(image.AsSpan(offset + 6), 0x0002);
        der.ToArray().CopyTo(image, offset + 8);
        int security = DataDirectory(image, 4);
        BinaryPrimitives.WriteUInt32LittleEndian(image.AsSpan(security), (uint)offset);
        BinaryPrimitives.WriteUInt32LittleEndian(image.AsSpan(security + 4), (uint)length);
        return image;
    }

    /// <summary>Renames the first section and sets its characteristics (ConfuserEx anti-tamper's inserted section).</summary>
    public static byte[] WithFirstSection(byte[] pe, byte[] name, uint characteristics)
    {
        byte[] image = (byte[])pe.Clone();
        int lfanew = BinaryPrimitives.ReadInt32LittleEndian(image.AsSpan(0x3C));
        int table = lfanew + 24 + BinaryPrimitives.ReadUInt16LittleEndian(image.AsSpan(lfanew + 20));
        image.AsSpan(table, 8).Clear();
        name.CopyTo(image, table);
        BinaryPrimitives.WriteUInt32LittleEndian(image.AsSpan(table + 36), characteristics);
        return image;
    }

    /// <summary>Replaces the first occurrence of <paramref name="from"/> with <paramref name="to"/> (same length).</summary>
    public static byte[] Replace(byte[] data, string from, string to)
    {
        byte[] image = (byte[])data.Clone();
        int at = image.AsSpan().IndexOf(Encoding.ASCII.GetBytes(from));
        if (at < 0 || from.Length != to.Length)
        {
            throw new InvalidOperationException($"fixture expects '{from}' in the image");
        }

        Encoding.ASCII.GetBytes(to).CopyTo(image, at);
        return image;
    }

    public static byte[] Xor(string text, byte key) => Encoding.ASCII.GetBytes(text).Select(b => (byte)(b ^ key)).ToArray();

    private static int DataDirectory(byte[] image, int index)
    {
        int lfanew = BinaryPrimitives.ReadInt32LittleEndian(image.AsSpan(0x3C));
        int optional = lfanew + 24;
        bool pe32Plus = BinaryPrimitives.ReadUInt16LittleEndian(image.AsSpan(optional)) == 0x20B;
        return optional + (pe32Plus ? 112 : 96) + (index * 8);
    }
}
