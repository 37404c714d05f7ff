using System.Text;

namespace Semitori.Yara.Tests.Robustness;

/// <summary>Seeded mutations of real rule text: the inputs a careless or hostile rule author produces.</summary>
internal sealed class RuleFuzzer(int seed)
{
    private static readonly string[] Fragments =
    [
        "(", ")", "{", "}", "[", "]", "$a", "#a", "@a[", "!a", "..", " of ", " them", " at ", " in ", "for all i in (", ": (",
        "\"", "/", "\\", "?", "??", "~", "[-]", "[1-", "|", "*", "%", " and ", " or ", " not ", "uint32(", "0x", "999999999999999999999",
        "xor(", "base64(\"", " nocase", " wide", " fullword", "private ", "global ", "rule ", "condition:", "strings:", "meta:",
        "import \"pe\"", "include \"", ".*", "{,}", "{99999}", "(((((((((((", ")))))))))))", "\n", "//", "/*", "*/",
    ];

    private readonly Random _random = new(seed);

    public string Mutate(string rule)
    {
        var sb = new StringBuilder(rule);
        // Mostly one or two edits, so that a fair share still compiles and reaches the scanner.
        int edits = _random.Next(4) == 0 ? _random.Next(3, 8) : _random.Next(0, 2);
        for (int e = 0; e < edits; e++)
        {
            int at = sb.Length == 0 ? 0 : _random.Next(sb.Length);
            switch (_random.Next(6))
            {
                case 0 when sb.Length > 0:
                    sb.Remove(at, Math.Min(_random.Next(1, 8), sb.Length - at));
                    break;
                case 1:
                    sb.Insert(at, Fragments[_random.Next(Fragments.Length)]);
                    break;
                case 2 when sb.Length > 0:
                    sb[at] = (char)_random.Next(32, 127);
                    break;
                case 3 when sb.Length > 4:
                    int from = _random.Next(sb.Length - 2);
                    int len = Math.Min(_random.Next(1, 40), sb.Length - from);
                    sb.Insert(at, sb.ToString(from, len));
                    break;
                case 4:
                    sb.Insert(at, (char)_random.Next(0, 256));
                    break;
                default:
                    // Change a number: bounds, offsets and counts are where engines overflow.
                    string digits = _random.Next(3) switch { 0 => "0", 1 => "4294967296", _ => _random.Next(-2, 70000).ToString(System.Globalization.CultureInfo.InvariantCulture) };
                    int d = sb.ToString().IndexOfAny("0123456789".ToCharArray(), at);
                    if (d >= 0)
                    {
                        sb.Remove(d, 1).Insert(d, digits);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    public byte[] Data()
    {
        var data = new byte[_random.Next(0, 4096)];
        _random.NextBytes(data);
        if (data.Length > 8 && _random.Next(2) == 0)
        {
            Encoding.ASCII.GetBytes("abcdef").CopyTo(data, _random.Next(data.Length - 6));
        }

        return data;
    }
}
