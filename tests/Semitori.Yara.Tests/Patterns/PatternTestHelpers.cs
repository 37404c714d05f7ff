using System.Text;
using Semitori.Yara.Patterns;

namespace Semitori.Yara.Tests.Patterns;

internal static class PatternTestHelpers
{
    public static RegexNode Regex(string pattern, bool ci = false, bool dotAll = false)
    {
        var result = RegexParser.Parse(pattern, ci, dotAll);
        Assert.True(result.Node is not null, $"/{pattern}/: {string.Join("; ", result.Errors.Select(e => e.Message))}");
        return result.Node!;
    }

    public static RegexNode Hex(string text)
    {
        var result = HexStringParser.Parse(text);
        Assert.True(result.Node is not null, $"{{{text}}}: {string.Join("; ", result.Errors.Select(e => e.Message))}");
        return result.Node!;
    }

    /// <summary>Text with C-like escapes \n \t \0 \xHH turned into bytes (test data readability).</summary>
    public static byte[] Bytes(string text)
    {
        var bytes = new List<byte>();
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\' || i + 1 >= text.Length)
            {
                bytes.Add((byte)text[i]);
                continue;
            }

            char e = text[++i];
            switch (e)
            {
                case 'n': bytes.Add((byte)'\n'); break;
                case 't': bytes.Add((byte)'\t'); break;
                case '0': bytes.Add(0); break;
                case 'x':
                    bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                    i += 2;
                    break;
                default: bytes.Add((byte)e); break;
            }
        }

        return [.. bytes];
    }

    public static string Show(ReadOnlySpan<byte> bytes) => Encoding.Latin1.GetString(bytes);
}
