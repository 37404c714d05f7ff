namespace Semitori.Yara.Compilation;

/// <summary>
/// The quality libyara's atom chooser reaches for a hex string, for the "may slow down
/// scanning" warning: the best four-byte window of each run of bytes between jumps (wildcards
/// trimmed from the window's ends, as atoms.c's _yr_atoms_trim does), the best run of a
/// sequence, and the worst branch of an alternation (every branch needs an atom of its own).
/// Reads hex text that the pattern parser has already validated.
/// </summary>
internal static class HexAtomQuality
{
    public static int Of(string hex)
    {
        int i = 0;
        return Sequence(hex, ref i);
    }

    private static int Sequence(string hex, ref int i)
    {
        int best = int.MinValue;
        var bytes = new List<byte>();
        var masks = new List<byte>();
        void FlushRun()
        {
            best = Math.Max(best, Run(bytes, masks));
            bytes.Clear();
            masks.Clear();
        }

        while (i < hex.Length)
        {
            char c = hex[i];
            if (c == '/' && i + 1 < hex.Length && (hex[i + 1] == '/' || hex[i + 1] == '*'))
            {
                int end = hex[i + 1] == '/' ? hex.IndexOf('\n', i) : hex.IndexOf("*/", i + 2, StringComparison.Ordinal) + 1;
                i = end <= 0 ? hex.Length : end + 1;
                continue;
            }

            switch (c)
            {
                case '(':
                    i++;
                    FlushRun();
                    int worst = int.MaxValue;
                    while (true)
                    {
                        worst = Math.Min(worst, Sequence(hex, ref i));
                        if (i >= hex.Length || hex[i] == ')')
                        {
                            i++;
                            break;
                        }

                        i++; // '|'
                    }

                    best = Math.Max(best, worst);
                    continue;
                case '|':
                case ')':
                    FlushRun();
                    return best;
                case '[':
                    FlushRun();
                    int close = hex.IndexOf(']', i);
                    i = close < 0 ? hex.Length : close + 1;
                    continue;
                case '~':
                    // A negated byte cannot be part of an atom: it acts as a wildcard.
                    i++;
                    if (i + 1 < hex.Length)
                    {
                        bytes.Add(0);
                        masks.Add(0);
                        i += 2;
                    }

                    continue;
            }

            if (IsHexOrWild(c) && i + 1 < hex.Length && IsHexOrWild(hex[i + 1]))
            {
                char d = hex[i + 1];
                byte mask = (byte)((c == '?' ? 0 : 0xF0) | (d == '?' ? 0 : 0x0F));
                byte value = (byte)((c == '?' ? 0 : Patterns.RegexReader.HexValue(c) << 4) | (d == '?' ? 0 : Patterns.RegexReader.HexValue(d)));
                bytes.Add(value);
                masks.Add(mask);
                i += 2;
                continue;
            }

            i++;
        }

        FlushRun();
        return best;
    }

    private static bool IsHexOrWild(char c) => c == '?' || char.IsAsciiHexDigit(c);

    private static int Run(List<byte> bytes, List<byte> masks)
    {
        int best = int.MinValue;
        int length = Math.Min(4, bytes.Count);
        Span<byte> bs = stackalloc byte[4];
        Span<byte> ms = stackalloc byte[4];
        for (int start = 0; start + length <= bytes.Count && length > 0; start++)
        {
            int a = start, b = start + length;
            while (a < b && masks[a] == 0)
            {
                a++;
            }

            while (b > a && masks[b - 1] == 0)
            {
                b--;
            }

            if (a == b)
            {
                continue;
            }

            for (int k = a; k < b; k++)
            {
                bs[k - a] = bytes[k];
                ms[k - a] = masks[k];
            }

            best = Math.Max(best, AtomQuality.Of(bs[..(b - a)], ms[..(b - a)]));
        }

        return best;
    }
}
