namespace Semitori.Formats.Pe;

/// <summary>libyara's validity rules for import names; an invalid name drops the entry.</summary>
internal static class ImportNames
{
    /// <summary>
    /// A DLL name: printable ASCII without "*&lt;&gt;?| (invalid in Windows file names; slash,
    /// backslash and colon are allowed), non-empty and NUL-terminated within <paramref name="max"/>.
    /// </summary>
    public static bool IsValidDllName(ReadOnlySpan<byte> window)
    {
        int length = 0;
        while (length < window.Length && window[length] != 0)
        {
            byte c = window[length];
            if (c < 0x20 || c > 0x7E || c is (byte)'"' or (byte)'*' or (byte)'<' or (byte)'>' or (byte)'?' or (byte)'|')
            {
                return false;
            }

            length++;
        }

        return length > 0 && length < window.Length;
    }

    /// <summary>A function name: non-empty, only [A-Za-z0-9._?@$()&lt;&gt;] (libyara, after pefile).</summary>
    public static bool IsValidFunctionName(ReadOnlySpan<byte> name)
    {
        if (name.IsEmpty)
        {
            return false;
        }

        foreach (byte b in name)
        {
            if (!char.IsAsciiLetterOrDigit((char)b) && b is not ((byte)'.' or (byte)'_' or (byte)'?' or (byte)'@' or (byte)'$' or (byte)'(' or (byte)')' or (byte)'<' or (byte)'>'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>libyara <c>ord_lookup</c>: names for ws2_32/wsock32/oleaut32 ordinals, <c>ord&lt;N&gt;</c> otherwise.</summary>
    public static string OrdinalName(string dll, ushort ordinal)
    {
        // libyara compares a prefix case-insensitively (strncasecmp with the table name's length).
        if (dll.StartsWith("WS2_32.dll", StringComparison.OrdinalIgnoreCase) || dll.StartsWith("wsock32.dll", StringComparison.OrdinalIgnoreCase))
        {
            return OrdinalNameTables.Ws2_32.TryGetValue(ordinal, out string? n) ? n : $"ord{ordinal}";
        }

        if (dll.StartsWith("oleaut32.dll", StringComparison.OrdinalIgnoreCase))
        {
            return OrdinalNameTables.OleAut32.TryGetValue(ordinal, out string? n) ? n : $"ord{ordinal}";
        }

        return $"ord{ordinal}";
    }
}
