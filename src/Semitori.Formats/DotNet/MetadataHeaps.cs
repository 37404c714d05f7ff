using System.Text;
using Semitori.Formats.Common;

namespace Semitori.Formats.DotNet;

/// <summary>
/// The #Strings, #Blob, #GUID and #US heaps selected for this file. Every lookup is bounds-checked
/// against its heap: an index outside returns null (and is counted in <see cref="BadIndexes"/>),
/// which is how dnlib treats bad indexes, so obfuscated metadata yields holes, not failures.
/// </summary>
public sealed class MetadataHeaps
{
    private readonly ByteView _strings;
    private readonly ByteView _blob;
    private readonly ByteView _guid;
    private readonly ByteView _userStrings;

    internal MetadataHeaps(ByteView strings, ByteView blob, ByteView guid, ByteView userStrings)
    {
        _strings = strings;
        _blob = blob;
        _guid = guid;
        _userStrings = userStrings;
    }

    /// <summary>Lookups that pointed outside their heap.</summary>
    public int BadIndexes { get; private set; }

    public int StringsSize => _strings.Length;

    public int BlobSize => _blob.Length;

    public int GuidSize => _guid.Length;

    public int UserStringsSize => _userStrings.Length;

    /// <summary>A #Strings entry (UTF-8, NUL-terminated, at most <see cref="DotNetLimits.MaxStringLength"/> bytes).</summary>
    public string? GetString(uint index)
    {
        if (index >= _strings.Length)
        {
            BadIndexes++;
            return null;
        }

        return Encoding.UTF8.GetString(_strings.ReadNulTerminated(index, DotNetLimits.MaxStringLength, out _));
    }

    /// <summary>A #Blob entry without its compressed length prefix, clamped to the heap.</summary>
    public ReadOnlyMemory<byte> GetBlob(uint index)
    {
        if (index >= _blob.Length || !TryReadCompressed(_blob, index, out uint length, out int prefix))
        {
            BadIndexes++;
            return ReadOnlyMemory<byte>.Empty;
        }

        long start = index + prefix;
        long available = _blob.Length - start;
        if (length > available)
        {
            BadIndexes++;
            length = (uint)Math.Max(0, available);
        }

        return _blob.Memory.Slice((int)start, (int)length);
    }

    /// <summary>A #GUID entry by 1-based index, or null.</summary>
    public Guid? GetGuid(uint index)
    {
        if (index == 0 || !_guid.TrySlice((index - 1) * 16L, 16, out ReadOnlySpan<byte> bytes))
        {
            if (index != 0)
            {
                BadIndexes++;
            }

            return null;
        }

        return new Guid(bytes);
    }

    /// <summary>The #GUID heap as 16-byte entries, at most <paramref name="max"/>.</summary>
    public IReadOnlyList<Guid> GetGuids(int max)
    {
        var list = new List<Guid>();
        for (long at = 0; at + 16 <= _guid.Length && list.Count < max; at += 16)
        {
            list.Add(new Guid(_guid.SliceClamped(at, 16)));
        }

        return list;
    }

    /// <summary>A #US entry at <paramref name="index"/>: UTF-16LE text without the trailing flag byte.</summary>
    public string? GetUserString(uint index)
    {
        if (index >= _userStrings.Length || !TryReadCompressed(_userStrings, index, out uint length, out int prefix) || length == 0)
        {
            return null;
        }

        ReadOnlySpan<byte> raw = _userStrings.SliceClamped(index + prefix, length - 1);
        return Encoding.Unicode.GetString(raw[..(raw.Length & ~1)]);
    }

    /// <summary>
    /// Every user string in heap order, walked as libyara does: skip the leading NUL, then
    /// length-prefixed entries; empty ones (padding) are skipped; at most <paramref name="max"/>.
    /// </summary>
    public IReadOnlyList<UserString> GetUserStrings(int max)
    {
        var list = new List<UserString>();
        if (_userStrings.Length == 0 || _userStrings.U8(0) != 0)
        {
            return list;
        }

        long at = 1;
        while (at < _userStrings.Length && list.Count < max)
        {
            if (!TryReadCompressed(_userStrings, at, out uint length, out int prefix))
            {
                break;
            }

            long start = at + prefix;
            at = start;
            uint text = length > 0 ? length - 1 : 0;
            if (text > 0 && _userStrings.TrySlice(start, text, out ReadOnlySpan<byte> raw))
            {
                list.Add(new UserString((uint)(start - prefix), raw.ToArray()));
                at += text;
            }
        }

        return list;
    }

    /// <summary>ECMA-335 II.23.2 compressed unsigned integer (1, 2 or 4 bytes).</summary>
    internal static bool TryReadCompressed(ByteView view, long at, out uint value, out int size)
    {
        value = 0;
        size = 0;
        if (!view.TryU8(at, out byte first))
        {
            return false;
        }

        if ((first & 0x80) == 0)
        {
            value = first;
            size = 1;
            return true;
        }

        if ((first & 0xC0) == 0x80 && view.TryU8(at + 1, out byte second))
        {
            value = ((uint)(first & 0x3F) << 8) | second;
            size = 2;
            return true;
        }

        if ((first & 0xE0) == 0xC0 && view.Contains(at, 4))
        {
            value = ((uint)(first & 0x1F) << 24) | ((uint)view.U8(at + 1) << 16) | ((uint)view.U8(at + 2) << 8) | view.U8(at + 3);
            size = 4;
            return true;
        }

        return false;
    }
}
