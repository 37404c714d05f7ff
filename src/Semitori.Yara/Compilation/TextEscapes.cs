using System.Text;

namespace Semitori.Yara.Compilation;

/// <summary>
/// Decodes the escapes of YARA text strings: <c>\" \\ \r \t \n \xHH</c>. Any other escape, or
/// a short <c>\xH</c>, is an error in libyara ("illegal escape sequence"). Non-ASCII characters
/// are taken as their UTF-8 bytes, since libyara reads rule files as bytes.
/// </summary>
internal static class TextEscapes
{
    /// <summary>Returns the bytes, or null with the offset (in <paramref name="raw"/>) of the bad escape.</summary>
    public static byte[]? Decode(string raw, out int errorOffset)
    {
        errorOffset = -1;
        var bytes = new List<byte>(raw.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (int i = 0; i < raw.Length; i++)
        {
            char c = raw[i];
            if (c != '\\')
            {
                if (c < 0x80)
                {
                    bytes.Add((byte)c);
                }
                else
                {
                    int n;
                    if (char.IsHighSurrogate(c) && i + 1 < raw.Length)
                    {
                        n = Encoding.UTF8.GetBytes(raw.AsSpan(i, 2), utf8);
                        i++;
                    }
                    else
                    {
                        n = Encoding.UTF8.GetBytes(raw.AsSpan(i, 1), utf8);
                    }

                    for (int k = 0; k < n; k++)
                    {
                        bytes.Add(utf8[k]);
                    }
                }

                continue;
            }

            if (i + 1 >= raw.Length)
            {
                errorOffset = i;
                return null;
            }

            char e = raw[++i];
            switch (e)
            {
                case '"': bytes.Add((byte)'"'); break;
                case '\\': bytes.Add((byte)'\\'); break;
                case 'r': bytes.Add((byte)'\r'); break;
                case 't': bytes.Add((byte)'\t'); break;
                case 'n': bytes.Add((byte)'\n'); break;
                case 'x':
                    if (i + 2 < raw.Length && char.IsAsciiHexDigit(raw[i + 1]) && char.IsAsciiHexDigit(raw[i + 2]))
                    {
                        bytes.Add(Convert.ToByte(raw.Substring(i + 1, 2), 16));
                        i += 2;
                        break;
                    }

                    errorOffset = i - 1;
                    return null;
                default:
                    errorOffset = i - 1;
                    return null;
            }
        }

        return [.. bytes];
    }
}
