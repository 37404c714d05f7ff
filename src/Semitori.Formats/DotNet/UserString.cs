using System.Text;

namespace Semitori.Formats.DotNet;

/// <summary>One #US entry: its heap offset and its UTF-16LE bytes (libyara exposes the bytes).</summary>
public sealed record UserString(uint HeapOffset, byte[] Utf16Bytes)
{
    /// <summary>The text decoded as UTF-16LE (an odd trailing byte is dropped).</summary>
    public string Value => Encoding.Unicode.GetString(Utf16Bytes, 0, Utf16Bytes.Length & ~1);
}
