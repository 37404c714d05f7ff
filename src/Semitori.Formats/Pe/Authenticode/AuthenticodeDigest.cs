using System.Security.Cryptography;

namespace Semitori.Formats.Pe.Authenticode;

/// <summary>
/// The Authenticode file digest: the whole file except the CheckSum field, the security data
/// directory entry and the certificate table itself (Microsoft's "Windows Authenticode Portable
/// Executable Signature Format"; files signed by signtool end with the table, so hashing up to it
/// equals the section-by-section method).
/// </summary>
internal static class AuthenticodeDigest
{
    public static byte[]? Compute(PeFile pe, HashAlgorithmName algorithm)
    {
        if (pe.Headers is not { } h)
        {
            return null;
        }

        ReadOnlySpan<byte> data = pe.Data.Span;
        long checksum = h.OptionalHeader.CheckSumOffset;
        long securityEntry = h.OptionalHeader.DataDirectoriesOffset + (8L * (int)DataDirectoryIndex.Security);
        DataDirectory security = pe.GetDataDirectory(DataDirectoryIndex.Security);
        long end = security.VirtualAddress != 0 && security.VirtualAddress <= data.Length ? security.VirtualAddress : data.Length;
        if (securityEntry + 8 > end || checksum + 4 > securityEntry)
        {
            return null;
        }

        using IncrementalHash hash = IncrementalHash.CreateHash(algorithm);
        hash.AppendData(data[..(int)checksum]);
        hash.AppendData(data[(int)(checksum + 4)..(int)securityEntry]);
        hash.AppendData(data[(int)(securityEntry + 8)..(int)end]);
        return hash.GetHashAndReset();
    }
}
