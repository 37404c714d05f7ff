namespace Semitori.Yara.Patterns;

/// <summary>Recognises patterns that are one fixed byte string (the scanner can then compare bytes).</summary>
internal static class LiteralExtractor
{
    private const int MaxLiteral = 1 << 16;

    public static byte[]? TryGet(RegexNode node, PatternOptions options)
    {
        var bytes = new List<byte>();
        if (!Append(node, options, bytes) || bytes.Count == 0)
        {
            return null;
        }

        return [.. bytes];
    }

    private static bool Append(RegexNode node, PatternOptions options, List<byte> bytes)
    {
        if (bytes.Count > MaxLiteral)
        {
            return false;
        }

        switch (node)
        {
            case ByteSetNode or DotNode:
                if (!ProgramCompiler.EffectiveSet(node, options).TryGetSingle(out byte b))
                {
                    return false;
                }

                bytes.Add(b);
                if (options.Wide)
                {
                    bytes.Add(0);
                }

                return true;
            case ConcatNode concat:
                foreach (var item in concat.Items)
                {
                    if (!Append(item, options, bytes))
                    {
                        return false;
                    }
                }

                return true;
            case RepeatNode { Min: var min, Max: var max } repeat when min == max && min <= MaxLiteral:
                for (int i = 0; i < min; i++)
                {
                    if (!Append(repeat.Child, options, bytes))
                    {
                        return false;
                    }
                }

                return true;
            case EmptyNode:
                return true;
            default:
                return false;
        }
    }
}
