using System.Buffers;

namespace Semitori.Yara.Patterns;

/// <summary>
/// Pike VM without captures: an ordered NFA simulation where thread order is priority order, so
/// the match found equals what a backtracking engine reports (leftmost alternative first, greedy
/// takes the longest, lazy the shortest). Time O(length × program size); no allocation.
/// </summary>
internal static class PikeVm
{
    /// <summary>End offset − <paramref name="start"/> of the match anchored at <paramref name="start"/>, or -1.</summary>
    public static int MatchAt(VmProgram program, ReadOnlySpan<byte> data, int start, int limit)
    {
        var s = PikeScratch.For(program.Length);
        int[] current = s.Current;
        int[] next = s.Next;
        int gen = s.NextGeneration();
        int count = AddThread(program, s, current, 0, 0, start, data, gen);
        int matchEnd = -1;
        var ops = program.Ops;
        var a = program.A;
        for (int pos = start; count > 0; pos++)
        {
            gen = s.NextGeneration();
            int nextCount = 0;
            bool canRead = pos < limit;
            byte c = canRead ? data[pos] : (byte)0;
            for (int i = 0; i < count; i++)
            {
                int pc = current[i];
                switch (ops[pc])
                {
                    case OpCode.Match:
                        matchEnd = pos;
                        i = count; // lower-priority threads lose to this match
                        break;
                    case OpCode.Byte:
                        if (canRead && c == a[pc])
                        {
                            nextCount = AddThread(program, s, next, nextCount, pc + 1, pos + 1, data, gen);
                        }

                        break;
                    case OpCode.Set:
                        if (canRead && InSet(program.Sets, a[pc], c))
                        {
                            nextCount = AddThread(program, s, next, nextCount, pc + 1, pos + 1, data, gen);
                        }

                        break;
                    case OpCode.Any:
                        if (canRead)
                        {
                            nextCount = AddThread(program, s, next, nextCount, pc + 1, pos + 1, data, gen);
                        }

                        break;
                }
            }

            (current, next) = (next, current);
            count = nextCount;
        }

        return matchEnd < 0 ? -1 : matchEnd - start;
    }

    /// <summary>
    /// True if the program matches anywhere in <paramref name="data"/> (unanchored, no window).
    /// When no thread is alive, the search jumps to the next byte in <paramref name="firstBytes"/>
    /// (null when a match may begin without consuming a byte).
    /// </summary>
    public static bool IsMatch(VmProgram program, ReadOnlySpan<byte> data, bool anchoredAtStart, SearchValues<byte>? firstBytes)
    {
        var s = PikeScratch.For(program.Length);
        int[] current = s.Current;
        int[] next = s.Next;
        int pos = 0;
        if (firstBytes is not null && !anchoredAtStart)
        {
            pos = data.IndexOfAny(firstBytes);
            if (pos < 0)
            {
                return false;
            }
        }

        int gen = s.NextGeneration();
        int count = AddThread(program, s, current, 0, 0, pos, data, gen);
        var ops = program.Ops;
        var a = program.A;
        for (; ; pos++)
        {
            gen = s.NextGeneration();
            int nextCount = 0;
            bool canRead = pos < data.Length;
            byte c = canRead ? data[pos] : (byte)0;
            for (int i = 0; i < count; i++)
            {
                int pc = current[i];
                switch (ops[pc])
                {
                    case OpCode.Match:
                        return true;
                    case OpCode.Byte when canRead && c == a[pc]:
                    case OpCode.Set when canRead && InSet(program.Sets, a[pc], c):
                    case OpCode.Any when canRead:
                        nextCount = AddThread(program, s, next, nextCount, pc + 1, pos + 1, data, gen);
                        break;
                }
            }

            if (!canRead)
            {
                return false;
            }

            if (anchoredAtStart)
            {
                if (nextCount == 0)
                {
                    return false;
                }
            }
            else if (nextCount == 0 && firstBytes is not null)
            {
                // Nothing alive: skip to the next offset where a match can begin.
                int skip = data[(pos + 1)..].IndexOfAny(firstBytes);
                if (skip < 0)
                {
                    return false;
                }

                pos += skip;
                nextCount = AddThread(program, s, next, 0, 0, pos + 1, data, gen);
            }
            else
            {
                // A new lowest-priority thread starts at every offset (the implicit leading .*?).
                nextCount = AddThread(program, s, next, nextCount, 0, pos + 1, data, gen);
            }

            (current, next) = (next, current);
            count = nextCount;
        }
    }

    private static bool InSet(ulong[] sets, int index, byte c) =>
        ((sets[(index << 2) + (c >> 6)] >> (c & 63)) & 1) != 0;

    /// <summary>
    /// Appends the epsilon closure of <paramref name="pc"/> at <paramref name="pos"/> to
    /// <paramref name="list"/> in priority order (depth-first, preferred branch first).
    /// </summary>
    private static int AddThread(VmProgram program, PikeScratch s, int[] list, int count, int pc, int pos,
        ReadOnlySpan<byte> data, int gen)
    {
        var ops = program.Ops;
        int[] marks = s.Marks;
        OpCode op = ops[pc];
        if (op <= OpCode.Any || op == OpCode.Match)
        {
            // Common case: the next instruction consumes a byte (a run of literal bytes), no closure needed.
            if (marks[pc] != gen)
            {
                marks[pc] = gen;
                list[count++] = pc;
            }

            return count;
        }

        int[] stack = s.Stack;
        int[] a = program.A;
        int sp = 0;
        stack[sp++] = pc;
        while (sp > 0)
        {
            int p = stack[--sp];
            if (marks[p] == gen)
            {
                continue;
            }

            marks[p] = gen;
            switch (ops[p])
            {
                case OpCode.Jmp:
                    stack[sp++] = a[p];
                    break;
                case OpCode.Split:
                    stack[sp++] = program.B[p];
                    stack[sp++] = a[p];
                    break;
                case OpCode.AssertStart:
                    if (pos == 0)
                    {
                        stack[sp++] = p + 1;
                    }

                    break;
                case OpCode.AssertEnd:
                    if (pos == data.Length)
                    {
                        stack[sp++] = p + 1;
                    }

                    break;
                case OpCode.WordBoundary:
                case OpCode.NotWordBoundary:
                    bool boundary = WordBoundaries.IsBoundary(data, pos, program.Wide);
                    if (boundary == (ops[p] == OpCode.WordBoundary))
                    {
                        stack[sp++] = p + 1;
                    }

                    break;
                case OpCode.Fail:
                    break;
                default:
                    list[count++] = p;
                    break;
            }
        }

        return count;
    }
}
