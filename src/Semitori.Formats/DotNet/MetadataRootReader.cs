using System.Text;
using Semitori.Formats.Common;
using Semitori.Formats.Pe;

namespace Semitori.Formats.DotNet;

/// <summary>
/// Reads the CLR header, the BSJB metadata root and its stream headers with libyara's acceptance
/// rules (CLR header size 72, version length 1..255 and a multiple of 4). libyara reads the stream
/// count as one byte; we read the 16-bit field and cap it, recording the difference as an anomaly.
/// </summary>
internal static class MetadataRootReader
{
    private const int ClrHeaderSize = 72;
    private const uint Bsjb = 0x424A5342;

    public sealed class Root
    {
        public required ClrHeader Clr { get; init; }
        public long MetadataOffset { get; init; }
        public string Version { get; init; } = string.Empty;
        public List<MetadataStreamHeader> Streams { get; } = [];
    }

    public static Root? Read(PeFile pe, AnomalySink sink)
    {
        DataDirectory dir = pe.GetDataDirectory(DataDirectoryIndex.ClrRuntimeHeader);
        if (!pe.IsPe || dir.VirtualAddress == 0)
        {
            return null;
        }

        var v = new ByteView(pe.Data);
        if (!pe.TryRvaToOffset(dir.VirtualAddress, out long at) || !v.Contains(at, ClrHeaderSize))
        {
            sink.Report(DotNetAnomalyCodes.BadClrHeader, $"CLR header RVA 0x{dir.VirtualAddress:X} maps to no complete structure");
            return null;
        }

        var clr = new ClrHeader(v.U32(at), v.U16(at + 4), v.U16(at + 6), v.U32(at + 8), v.U32(at + 12), v.U32(at + 16),
            v.U32(at + 20), v.U32(at + 24), v.U32(at + 28), v.U32(at + 32), v.U32(at + 36));
        if (clr.Size != ClrHeaderSize)
        {
            sink.Report(DotNetAnomalyCodes.BadClrHeader, $"CLR header size {clr.Size} (expected 72)", at);
            return null;
        }

        if (!pe.TryRvaToOffset(clr.MetadataRva, out long root) || !v.Contains(root, 16) || v.U32(root) != Bsjb)
        {
            sink.Report(DotNetAnomalyCodes.BadMetadataRoot, "no BSJB metadata root", at + 8);
            return null;
        }

        uint length = v.U32(root + 12);
        if (length == 0 || length > DotNetLimits.MaxVersionLength || length % 4 != 0 || !v.Contains(root + 16, length))
        {
            sink.Report(DotNetAnomalyCodes.BadMetadataRoot, $"metadata version length {length} is invalid", root + 12);
            return null;
        }

        // libyara: a PE32+ whose optional header declares fewer than 14 directories is not .NET.
        if (pe.Is64Bit && pe.OptionalHeader!.NumberOfRvaAndSizes < (int)DataDirectoryIndex.ClrRuntimeHeader)
        {
            sink.Report(DotNetAnomalyCodes.BadClrHeader, $"PE32+ declares only {pe.OptionalHeader.NumberOfRvaAndSizes} data directories");
            return null;
        }

        var result = new Root
        {
            Clr = clr,
            MetadataOffset = root,
            Version = Encoding.UTF8.GetString(v.ReadNulTerminated(root + 16, (int)length, out _)),
        };
        ReadStreamHeaders(v, sink, result, root + 16 + length + 2);
        return result;
    }

    private static void ReadStreamHeaders(ByteView v, AnomalySink sink, Root root, long at)
    {
        if (!v.TryU16(at, out ushort declared))
        {
            sink.Report(DotNetAnomalyCodes.BadStreamHeader, "stream count lies outside the file", at);
            return;
        }

        if (declared > 0xFF)
        {
            sink.Report(DotNetAnomalyCodes.BadStreamHeader, $"stream count {declared} exceeds one byte (libyara reads only the low byte)", at);
        }

        int count = Math.Min((int)declared, DotNetLimits.MaxStreams);
        at += 2;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<byte> name = v.ReadNulTerminated(at + 8, DotNetLimits.MaxStreamNameLength, out bool terminated);
            if (!v.Contains(at, 8) || !terminated)
            {
                sink.Report(DotNetAnomalyCodes.BadStreamHeader, $"stream header {i} is truncated or its name unterminated", at);
                return;
            }

            string text = Encoding.ASCII.GetString(name);
            uint offset = v.U32(at);
            uint size = v.U32(at + 4);
            var header = new MetadataStreamHeader(text, offset, size, root.MetadataOffset + offset, at);
            root.Streams.Add(header);
            if (!v.Contains(header.FileOffset, size))
            {
                sink.Report(DotNetAnomalyCodes.BadStreamHeader, $"stream '{text}' lies (partly) outside the file", at);
            }

            if (!seen.Add(text))
            {
                sink.Report(DotNetAnomalyCodes.DuplicateStream, $"stream '{text}' occurs more than once", at);
            }
            else if (text is not ("#~" or "#-" or "#Strings" or "#US" or "#GUID" or "#Blob" or "#Pdb" or "#JTD"))
            {
                sink.Report(DotNetAnomalyCodes.UnknownStream, $"non-standard stream '{text}'", at);
            }

            // The name is NUL-terminated and padded to a multiple of 4 (libyara's arithmetic).
            at += 8 + name.Length + 4 - (name.Length % 4);
        }
    }
}
