using System.Text;

namespace Semitori.Yara.Tests.Patterns;

/// <summary>Seeded generators of random regexes, hex strings and data for property and fuzz tests.</summary>
internal sealed class RandomPatterns(int seed)
{
    private static readonly string[] Atoms = ["a", "b", "c", "\\n", " ", ".", "[ab]", "[^a]", "\\w", "\\s", "[a-c]", "\\x00"];
    private static readonly string[] Quantifiers = ["*", "+", "?", "{2}", "{1,3}", "{0,2}", "{,2}", "{2,}"];
    private readonly Random _random = new(seed);

    public Random Random => _random;

    public string Regex(bool lazy, int depth = 0)
    {
        var sb = new StringBuilder();
        int n = _random.Next(1, 5);
        for (int i = 0; i < n; i++)
        {
            double r = _random.NextDouble();
            if (r < 0.05)
            {
                sb.Append(Pick(["^", "$", "\\b", "\\B"]));
                continue;
            }

            if (r < 0.2 && depth < 3)
            {
                int alts = _random.Next(1, 4);
                sb.Append('(');
                for (int a = 0; a < alts; a++)
                {
                    sb.Append(a == 0 ? string.Empty : "|").Append(Regex(lazy, depth + 1));
                }

                sb.Append(')');
            }
            else
            {
                sb.Append(Pick(Atoms));
            }

            if (_random.NextDouble() < 0.4)
            {
                sb.Append(Pick(Quantifiers)).Append(lazy ? "?" : string.Empty);
            }
        }

        return sb.ToString();
    }

    public string Hex(int depth = 0, bool inAlternation = false)
    {
        var items = new List<string> { HexByte() };
        int n = _random.Next(0, 5);
        for (int i = 0; i < n; i++)
        {
            double r = _random.NextDouble();
            if (r < 0.3)
            {
                int lo = _random.Next(0, 4);
                items.Add(!inAlternation && _random.NextDouble() < 0.3 ? $"[{lo}-]" : $"[{lo}-{lo + _random.Next(0, 4)}]");
            }
            else if (r < 0.45 && depth < 2)
            {
                items.Add("(" + string.Join(" | ", Enumerable.Range(0, _random.Next(2, 4)).Select(_ => Hex(depth + 1, true))) + ")");
            }

            items.Add(HexByte());
        }

        return string.Join(' ', items);
    }

    public byte[] Data(int min, int max)
    {
        var data = new byte[_random.Next(min, max + 1)];
        ReadOnlySpan<byte> alphabet = "abbac\n  0\0"u8;
        for (int i = 0; i < data.Length; i++)
        {
            data[i] = alphabet[_random.Next(alphabet.Length)];
        }

        return data;
    }

    /// <summary>A mutation of <paramref name="text"/>: characters inserted, deleted or replaced by metacharacters or random code points.</summary>
    public string Mutate(string text)
    {
        var sb = new StringBuilder(text);
        int edits = _random.Next(1, 6);
        for (int e = 0; e < edits; e++)
        {
            int pos = sb.Length == 0 ? 0 : _random.Next(sb.Length + 1);
            string piece = _random.NextDouble() < 0.7
                ? Pick(["(", ")", "[", "]", "{", "}", "|", "*", "+", "?", "\\", "-", "^", "$", "~", ",", "{2,", "{,}", "[-", "/*", "//", "?? ", "0", "9", "é", "\uD800"])
                : ((char)_random.Next(0, 0x3000)).ToString();
            if (_random.NextDouble() < 0.3 && pos < sb.Length)
            {
                sb.Remove(pos, 1);
            }
            else
            {
                sb.Insert(pos, piece);
            }
        }

        return sb.ToString();
    }

    private string HexByte() => _random.NextDouble() switch
    {
        < 0.7 => Pick(["61", "62", "63", "0A", "20", "00"]),
        < 0.8 => "6?",
        < 0.9 => "??",
        _ => "~61",
    };

    private string Pick(string[] options) => options[_random.Next(options.Length)];
}
