using System.Text;

namespace Semitori.Yara.Tests.Differential;

/// <summary>
/// Seeded generator of valid YARA rules and of data files that plant the rules' words in the
/// forms the modifiers look for (case changes, wide, xor, base64), so the differential test
/// exercises matches, not just misses.
/// </summary>
internal sealed class RuleGenerator(int seed)
{
    public static readonly string[] Words =
    [
        "FuckYouAnti", "ConfuserEx v1.0.0", "QuasarRAT", "cmd.exe /Q /c", "powershell", "kernel32.dll", "http://example.test/a",
        "This program cannot", "abcabc", "MZ", "ntdsutil", "certutil -decode", "Stone Panda", "menuPass", "aaaa", "xy", "\\\\127.0.0.1\\ADMIN$",
    ];

    private readonly Random _random = new(seed);

    public string Rules(int count)
    {
        var sb = new StringBuilder();
        for (int r = 0; r < count; r++)
        {
            int strings = _random.Next(1, 5);
            sb.Append($"rule r{r}");
            if (_random.Next(4) == 0)
            {
                sb.Append(" : tag").Append(_random.Next(3));
            }

            sb.Append(" {\n  strings:\n");
            for (int s = 0; s < strings; s++)
            {
                sb.Append($"    $s{s} = {String()}\n");
            }

            // "or all of them" keeps every string referenced, as YARA requires.
            sb.Append($"  condition:\n    ({Condition(strings)}) or all of them\n}}\n");
        }

        return sb.ToString();
    }

    private string Word() => Words[_random.Next(Words.Length)];

    private static string Quote(string w) => "\"" + w.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private string String() => _random.Next(10) switch
    {
        < 5 => Quote(Word()) + TextModifiers(),
        < 8 => Hex(Word()),
        _ => Regex(Word()),
    };

    private string TextModifiers()
    {
        var mods = new List<string>();
        int kind = _random.Next(6);
        if (kind == 0)
        {
            mods.Add(_random.Next(2) == 0 ? "xor" : $"xor({_random.Next(0, 4)}-{_random.Next(4, 9)})");
        }
        else if (kind == 1)
        {
            mods.Add(_random.Next(2) == 0 ? "base64" : "base64wide");
        }
        else if (_random.Next(2) == 0)
        {
            mods.Add("nocase");
        }

        if (_random.Next(3) == 0)
        {
            mods.Add("wide");
            if (_random.Next(2) == 0)
            {
                mods.Add("ascii");
            }
        }

        if (kind != 1 && _random.Next(4) == 0)
        {
            mods.Add("fullword");
        }

        return mods.Count == 0 ? string.Empty : " " + string.Join(' ', mods);
    }

    private string Hex(string word)
    {
        byte[] bytes = Encoding.ASCII.GetBytes(word);
        var parts = new List<string>();
        for (int i = 0; i < bytes.Length; i++)
        {
            int roll = _random.Next(20);
            bool edge = i == 0 || i == bytes.Length - 1;
            if (roll == 0 && !edge)
            {
                parts.Add("??");
            }
            else if (roll == 1 && !edge)
            {
                parts.Add($"{bytes[i] >> 4:X}?");
            }
            else if (roll == 2 && !edge)
            {
                parts.Add($"[{_random.Next(0, 2)}-{_random.Next(2, 4)}] {bytes[i]:X2}");
            }
            else if (roll == 3 && !edge)
            {
                parts.Add($"( {bytes[i]:X2} | {(byte)(bytes[i] ^ 0x20):X2} )");
            }
            else
            {
                parts.Add($"{bytes[i]:X2}");
            }
        }

        return "{ " + string.Join(' ', parts) + " }";
    }

    private string Regex(string word)
    {
        var sb = new StringBuilder();
        for (int k = 0; k < word.Length; k++)
        {
            char c = word[k];
            // Keep the ends mandatory: libyara picks atoms from optional pieces as if they were
            // required (/x?y?/ only matches where an 'x' is), a quirk we do not reproduce.
            int roll = k == 0 || k == word.Length - 1 ? 11 : _random.Next(12);
            string lit = char.IsAsciiLetterOrDigit(c) ? c.ToString() : "\\x" + ((int)c).ToString("X2");
            sb.Append(roll switch
            {
                0 => ".",
                1 when char.IsAsciiLetter(c) => "[" + char.ToLowerInvariant(c) + char.ToUpperInvariant(c) + "]",
                2 when char.IsAsciiLetter(c) => "\\w",
                3 => lit + "?",
                4 => lit + "{1,2}",
                _ => lit,
            });
        }

        string flags = _random.Next(4) == 0 ? "i" : string.Empty;
        return "/" + sb + "/" + flags + (_random.Next(5) == 0 ? " wide" : string.Empty);
    }

    private string Condition(int strings)
    {
        string s0 = "$s0";
        return _random.Next(11) switch
        {
            0 => "all of them",
            1 => "any of them",
            2 => $"#s0 >= {_random.Next(1, 3)}",
            3 => $"{s0} and filesize > {_random.Next(100, 9000)}",
            4 => $"for any of them : (@ < {_random.Next(100, 8000)})",
            5 => $"{Math.Min(strings, 2)} of them",
            6 => $"{s0} in (0..{_random.Next(100, 10000)})",
            7 => $"none of them or @s0[1] == {_random.Next(0, 200)}",
            8 => $"for all i in (1..#s0) : (@s0[i] >= 0) and any of them",
            9 => "50% of them",
            _ => $"any of them and uint8(0) != {_random.Next(256)}",
        };
    }

    /// <summary>Random bytes or text, with words planted in plain, upper, wide, xor and base64 forms.</summary>
    public byte[] Data(int size)
    {
        var data = new byte[size];
        bool text = _random.Next(2) == 0;
        for (int i = 0; i < size; i++)
        {
            data[i] = text ? (byte)" etaoinshrdlucmfw\n"[_random.Next(18)] : (byte)_random.Next(256);
        }

        int plants = _random.Next(5, 30);
        for (int p = 0; p < plants; p++)
        {
            byte[] form = Form(Word());
            int at = _random.Next(Math.Max(1, size - form.Length));
            form.AsSpan(0, Math.Min(form.Length, size - at)).CopyTo(data.AsSpan(at));
        }

        return data;
    }

    private byte[] Form(string word)
    {
        byte[] ascii = Encoding.ASCII.GetBytes(word);
        switch (_random.Next(6))
        {
            case 0:
                return Encoding.ASCII.GetBytes(word.ToUpperInvariant());
            case 1:
                return Encoding.Unicode.GetBytes(word);
            case 2:
                byte key = (byte)_random.Next(1, 9);
                return ascii.Select(b => (byte)(b ^ key)).ToArray();
            case 3:
                string prefix = new('x', _random.Next(3));
                return Encoding.ASCII.GetBytes(Convert.ToBase64String(Encoding.ASCII.GetBytes(prefix + word)));
            default:
                return ascii;
        }
    }
}
