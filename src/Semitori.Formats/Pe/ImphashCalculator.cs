using System.Security.Cryptography;
using System.Text;

namespace Semitori.Formats.Pe;

/// <summary>
/// The import hash of libyara's <c>pe.imphash()</c> (pefile's algorithm): for every regular import
/// in order, <c>dll.function</c> with the DLL's last extension dropped when it starts with .dll,
/// .ocx or .sys, all lowercase, comma-joined, MD5, lowercase hex. Delay-load imports do not count;
/// no imports gives the MD5 of the empty string, as in libyara.
/// </summary>
public static class ImphashCalculator
{
    public static string Compute(IReadOnlyList<ImportedLibrary> imports)
    {
        var text = new StringBuilder();
        foreach (ImportedLibrary library in imports)
        {
            string dll = StripExtension(library.Name);
            foreach (ImportedFunction function in library.Functions)
            {
                if (text.Length > 0)
                {
                    text.Append(',');
                }

                text.Append(dll).Append('.').Append(function.Name);
            }
        }

        // libyara lowercases with C tolower (ASCII only) over the raw bytes; names were Latin-1 decoded.
        byte[] bytes = Encoding.Latin1.GetBytes(text.ToString());
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] is >= (byte)'A' and <= (byte)'Z')
            {
                bytes[i] += 32;
            }
        }

        return Convert.ToHexStringLower(MD5.HashData(bytes));
    }

    /// <summary>DLL name without a trailing .dll/.ocx/.sys (libyara compares the first four chars after the last dot).</summary>
    public static string StripExtension(string dll)
    {
        int dot = dll.LastIndexOf('.');
        if (dot >= 0)
        {
            ReadOnlySpan<char> ext = dll.AsSpan(dot);
            if (ext.StartsWith(".dll", StringComparison.OrdinalIgnoreCase) || ext.StartsWith(".ocx", StringComparison.OrdinalIgnoreCase)
                || ext.StartsWith(".sys", StringComparison.OrdinalIgnoreCase))
            {
                return dll[..dot];
            }
        }

        return dll;
    }
}
