using System.Buffers.Binary;

namespace Semitori.Hunting.Analyzers.PayloadBlobs;

/// <summary>
/// Headers of formats that are high-entropy by nature (archives, compressed streams, media,
/// certificates, encrypted-file containers, Windows delta files). A blob starting with one is a
/// known container, not an opaque payload; loader payloads of the Cicada/A41APT chain are raw
/// ciphertext (dossier §5.3, §6.2).
/// </summary>
public static class ContainerSignatures
{
    /// <summary>Bytes of the head a signature may need (the ISO 9660 descriptor is at 0x8001).</summary>
    public const int HeadBytes = 0x8006;

    private static readonly (string Name, int Offset, byte[] Magic)[] Magics =
    [
        ("zip", 0, "PK\x03\x04"u8.ToArray()), ("zip (empty)", 0, "PK\x05\x06"u8.ToArray()), ("zip (spanned)", 0, "PK\x07\x08"u8.ToArray()),
        ("gzip", 0, [0x1F, 0x8B]), ("7z", 0, [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]), ("rar", 0, "Rar!\x1A\x07"u8.ToArray()),
        ("cab", 0, "MSCF"u8.ToArray()), ("InstallShield cab", 0, "ISc("u8.ToArray()), ("bzip2", 0, "BZh"u8.ToArray()),
        ("xz", 0, [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]), ("zstd", 0, [0x28, 0xB5, 0x2F, 0xFD]), ("lz4", 0, [0x04, 0x22, 0x4D, 0x18]),
        ("lzma", 0, [0x5D, 0x00, 0x00]), ("lzip", 0, "LZIP"u8.ToArray()), ("compress", 0, [0x1F, 0x9D]), ("wim", 0, "MSWIM\0\0\0"u8.ToArray()),
        ("xar", 0, "xar!"u8.ToArray()), ("ar", 0, "!<arch>\n"u8.ToArray()), ("tar", 257, "ustar"u8.ToArray()), ("iso9660", 0x8001, "CD001"u8.ToArray()),
        ("png", 0, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), ("jpeg", 0, [0xFF, 0xD8, 0xFF]), ("gif", 0, "GIF8"u8.ToArray()),
        ("tiff", 0, "II*\0"u8.ToArray()), ("tiff", 0, "MM\0*"u8.ToArray()), ("webp/wav/avi (RIFF)", 0, "RIFF"u8.ToArray()),
        ("mp4/mov", 4, "ftyp"u8.ToArray()), ("mkv/webm", 0, [0x1A, 0x45, 0xDF, 0xA3]), ("ogg", 0, "OggS"u8.ToArray()), ("flac", 0, "fLaC"u8.ToArray()),
        ("mp3", 0, "ID3"u8.ToArray()), ("icon", 0, [0x00, 0x00, 0x01, 0x00]), ("psd", 0, "8BPS"u8.ToArray()), ("woff", 0, "wOFF"u8.ToArray()),
        ("woff2", 0, "wOF2"u8.ToArray()), ("pdf", 0, "%PDF"u8.ToArray()), ("OLE/CFB", 0, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
        ("rtf", 0, "{\\rtf"u8.ToArray()), ("chm", 0, "ITSF"u8.ToArray()), ("sqlite", 0, "SQLite format 3\0"u8.ToArray()),
        ("ELF", 0, [0x7F, 0x45, 0x4C, 0x46]), ("Mach-O/Java class", 0, [0xCA, 0xFE, 0xBA, 0xBE]), ("Mach-O", 0, [0xCF, 0xFA, 0xED, 0xFE]),
        ("Mach-O", 0, [0xCE, 0xFA, 0xED, 0xFE]), ("dex", 0, "dex\n"u8.ToArray()), ("wasm", 0, [0x00, 0x61, 0x73, 0x6D]),
        (".NET resources", 0, [0xCE, 0xCA, 0xEF, 0xBE]), ("OpenSSL enc", 0, "Salted__"u8.ToArray()), ("age", 0, "age-encryption.org/"u8.ToArray()),
        ("Windows delta (PA30)", 0, "PA30"u8.ToArray()), ("Windows delta (PA31)", 0, "PA31"u8.ToArray()), ("Windows delta (PA19)", 0, "PA19"u8.ToArray()),
        ("vhdx", 0, "vhdxfile"u8.ToArray()), ("vhd", 0, "conectix"u8.ToArray()), ("vmdk", 0, "KDMV"u8.ToArray()), ("qcow", 0, [0x51, 0x46, 0x49, 0xFB]),
        ("crx", 0, "Cr24"u8.ToArray()), ("registry hive", 0, "regf"u8.ToArray()), ("evtx", 0, "ElfFile\0"u8.ToArray()), ("MS compress", 0, "SZDD"u8.ToArray()),
        ("MS compress", 0, "KWAJ"u8.ToArray()), ("PEM", 0, "-----BEGIN"u8.ToArray()), ("MZ executable", 0, "MZ"u8.ToArray()),
    ];

    /// <summary>The container a file's head identifies, or null when none is recognised.</summary>
    /// <param name="head">The first bytes (up to <see cref="HeadBytes"/>).</param>
    /// <param name="length">The whole file's length (for formats that state their size).</param>
    public static string? Identify(ReadOnlySpan<byte> head, long length)
    {
        foreach ((string name, int offset, byte[] magic) in Magics)
        {
            if (head.Length >= offset + magic.Length && head.Slice(offset, magic.Length).SequenceEqual(magic))
            {
                return name;
            }
        }

        if (IsZlib(head))
        {
            return "zlib";
        }

        if (IsDer(head, length))
        {
            return "DER (certificate, PKCS#7/#12, catalog)";
        }

        return head.Length >= 6 && head[0] == (byte)'B' && head[1] == (byte)'M' && BinaryPrimitives.ReadUInt32LittleEndian(head[2..]) == length ? "bmp" : null;
    }

    // RFC 1950: CM 8 (deflate), window ≤ 32 KiB, and the header check (CMF*256 + FLG) % 31 == 0.
    private static bool IsZlib(ReadOnlySpan<byte> head) =>
        head.Length >= 2 && (head[0] & 0x0F) == 8 && head[0] >> 4 <= 7 && ((head[0] << 8) | head[1]) % 31 == 0;

    // An ASN.1 SEQUENCE with a long-form length whose extent fits the file (and fills most of it).
    private static bool IsDer(ReadOnlySpan<byte> head, long length)
    {
        if (head.Length < 6 || head[0] != 0x30 || head[1] is < 0x81 or > 0x84)
        {
            return false;
        }

        int lengthBytes = head[1] & 0x7F;
        long content = 0;
        for (int i = 0; i < lengthBytes; i++)
        {
            content = (content << 8) | head[2 + i];
        }

        long total = 2 + lengthBytes + content;
        return total <= length && total >= length / 2;
    }
}
