namespace Semitori.Yara.Patterns;

/// <summary>
/// The bytes a match can begin with. <see cref="PatternMatcher.MatchAt"/> rejects a start whose
/// byte is not among them before running any VM: the scanner tries many starts per atom hit
/// (every start in [hit − MaxOffset, hit − MinOffset]) and most fail on their first byte.
/// </summary>
internal static class FirstBytes
{
    /// <summary>The set, or <see cref="ByteSet.All"/> when a match may begin without consuming a byte (empty match, assertion).</summary>
    public static ByteSet Of(RegexNode node, PatternOptions options)
    {
        var (set, nullable) = Compute(node, options, 0);
        return nullable ? ByteSet.All : set;
    }

    private static (ByteSet Set, bool Nullable) Compute(RegexNode node, PatternOptions options, int depth)
    {
        if (depth > PatternLimits.MaxNestingDepth * 2)
        {
            return (ByteSet.All, true);
        }

        switch (node)
        {
            case ByteSetNode or DotNode:
                return (ProgramCompiler.EffectiveSet(node, options), false);
            case ConcatNode concat:
            {
                var set = ByteSet.Empty;
                foreach (var item in concat.Items)
                {
                    var (s, nullable) = Compute(item, options, depth + 1);
                    set = set.Union(s);
                    if (!nullable)
                    {
                        return (set, false);
                    }
                }

                return (set, true);
            }

            case AlternationNode alternation:
            {
                var set = ByteSet.Empty;
                bool anyNullable = false;
                foreach (var alt in alternation.Alternatives)
                {
                    var (s, nullable) = Compute(alt, options, depth + 1);
                    set = set.Union(s);
                    anyNullable |= nullable;
                }

                return (set, anyNullable);
            }

            case RepeatNode repeat:
            {
                if (repeat.Max == 0)
                {
                    return (ByteSet.Empty, true);
                }

                var (s, nullable) = Compute(repeat.Child, options, depth + 1);
                return (s, nullable || repeat.Min == 0);
            }

            default:
                // Assertions and the empty pattern consume nothing.
                return (ByteSet.Empty, true);
        }
    }
}
