using Semitori.Yara.Patterns;

namespace Semitori.Yara.Compilation;

/// <summary>
/// The literal byte runs that every match of a pattern must contain, with the range of their
/// distance from the match start: the exact-byte items of the pattern's top-level sequence.
/// Hex strings are mostly such runs between jumps (<c>{ 00 43 00 6F … [1-8] 00 4D … }</c>), and
/// any one run is a valid atom source, so the planner may pick a rarer one than the first.
/// </summary>
internal static class RequiredRuns
{
    public static List<(byte[] Bytes, int MinOffset, int MaxOffset)> Of(RegexNode node, bool noCase)
    {
        var runs = new List<(byte[], int, int)>();
        IReadOnlyList<RegexNode> items = node is ConcatNode c ? c.Items : [node];
        long min = 0, max = 0;
        var current = new List<byte>();
        long runMin = 0, runMax = 0;
        foreach (RegexNode item in items)
        {
            if (item is ByteSetNode b && Exact(b.Set, noCase, out byte value))
            {
                if (current.Count == 0)
                {
                    (runMin, runMax) = (min, max);
                }

                current.Add(value);
                min++;
                max = max < 0 ? max : max + 1;
                continue;
            }

            Flush();
            long wMin = NodeMetrics.MinWidth(item);
            long wMax = NodeMetrics.MaxWidth(item);
            min += wMin;
            max = max < 0 || wMax < 0 ? -1 : max + wMax;
        }

        Flush();
        return runs;

        static bool Exact(ByteSet set, bool noCase, out byte value)
        {
            if (set.TryGetSingle(out value))
            {
                return true;
            }

            // Under nocase a letter is the pair {x, X}: keep the lower case, the index permutes case.
            Span<byte> pair = stackalloc byte[2];
            if (noCase && set.Count == 2 && set.CopyTo(pair) == 2 && AsciiCase.IsLetter(pair[0]) && AsciiCase.Lower(pair[0]) == AsciiCase.Lower(pair[1]) && pair[0] != pair[1])
            {
                value = AsciiCase.Lower(pair[0]);
                return true;
            }

            return false;
        }

        void Flush()
        {
            if (current.Count > 0 && runMin <= int.MaxValue && runMax <= int.MaxValue)
            {
                runs.Add(([.. current], (int)runMin, (int)runMax));
            }

            current.Clear();
        }
    }
}
