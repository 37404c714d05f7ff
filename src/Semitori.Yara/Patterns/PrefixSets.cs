namespace Semitori.Yara.Patterns;

/// <summary>
/// The byte sets of the first few positions every match has (at most <see cref="MaxLength"/>),
/// e.g. <c>(cmd|pow)\.exe</c> → <c>[cp] [mo] [dw]</c>. <see cref="PatternMatcher.MatchAt"/>
/// checks them before running a VM, rejecting most false candidate starts in a few nanoseconds.
/// </summary>
internal static class PrefixSets
{
    public const int MaxLength = 8;

    public static ByteSet[] Of(RegexNode node, PatternOptions options)
    {
        var sets = new List<ByteSet>();
        if (!Append(node, options, sets, 0) && node is ConcatNode concat)
        {
            AppendFollow(concat, options, sets);
        }

        if (sets.Count > MaxLength)
        {
            sets.RemoveRange(MaxLength, sets.Count - MaxLength);
        }

        return [.. sets];
    }

    /// <summary>
    /// When the prefix stopped at a variable repeat of the top-level sequence, after the repeat's
    /// minimum: the next position holds either one more repetition or the first byte of what
    /// follows, so their union is one more set. <c>/\bsystem[\t ]{0,500}\(/</c> gets
    /// <c>[\t (]</c> after "system", which rejects the "System." of every .NET binary before the VM runs.
    /// </summary>
    private static void AppendFollow(ConcatNode concat, PatternOptions options, List<ByteSet> sets)
    {
        var walked = new List<ByteSet>();
        for (int i = 0; i < concat.Items.Count; i++)
        {
            RegexNode item = concat.Items[i];
            if (Append(item, options, walked, 1))
            {
                continue;
            }

            // Only when this repeat is where the prefix stopped, untruncated, and something must follow it.
            if (item is RepeatNode repeat && repeat.Min != repeat.Max && walked.Count == sets.Count && sets.Count < MaxLength)
            {
                var rest = new ConcatNode([.. concat.Items.Skip(i + 1)]);
                if (NodeMetrics.MinWidth(rest) > 0)
                {
                    sets.Add(FirstBytes.Of(repeat.Child, options).Union(FirstBytes.Of(rest, options)));
                }
            }

            return;
        }
    }

    /// <summary>Appends the prefix of <paramref name="node"/>; true when it described the node completely (fixed width).</summary>
    private static bool Append(RegexNode node, PatternOptions options, List<ByteSet> sets, int depth)
    {
        if (sets.Count >= MaxLength || depth > PatternLimits.MaxNestingDepth * 2)
        {
            return false;
        }

        switch (node)
        {
            case ByteSetNode or DotNode:
                sets.Add(ProgramCompiler.EffectiveSet(node, options));
                if (options.Wide)
                {
                    sets.Add(ByteSet.Single(0));
                }

                return true;
            case ConcatNode concat:
                foreach (var item in concat.Items)
                {
                    if (!Append(item, options, sets, depth + 1))
                    {
                        return false;
                    }
                }

                return true;
            case AlternationNode alternation:
                return AppendAlternation(alternation, options, sets, depth);
            case RepeatNode repeat:
            {
                int reps = Math.Min(repeat.Min, MaxLength);
                for (int i = 0; i < reps; i++)
                {
                    if (!Append(repeat.Child, options, sets, depth + 1))
                    {
                        return false;
                    }
                }

                return repeat.Min == repeat.Max && reps == repeat.Min;
            }

            case EmptyNode:
                return true;
            default:
                // Assertions are zero-width but constrain nothing here; keep going.
                return node is AssertionNode;
        }
    }

    private static bool AppendAlternation(AlternationNode alternation, PatternOptions options, List<ByteSet> sets, int depth)
    {
        List<ByteSet>? common = null;
        bool allComplete = true;
        int? width = null;
        foreach (var alt in alternation.Alternatives)
        {
            var own = new List<ByteSet>();
            bool complete = Append(alt, options, own, depth + 1);
            allComplete &= complete;
            width ??= own.Count;
            allComplete &= width == own.Count;
            if (common is null)
            {
                common = own;
                continue;
            }

            int n = Math.Min(common.Count, own.Count);
            common.RemoveRange(n, common.Count - n);
            for (int i = 0; i < n; i++)
            {
                common[i] = common[i].Union(own[i]);
            }
        }

        common ??= [];
        int room = MaxLength - sets.Count;
        sets.AddRange(common.Take(room));
        return allComplete && common.Count <= room;
    }
}
