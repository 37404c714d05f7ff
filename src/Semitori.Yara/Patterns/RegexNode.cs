namespace Semitori.Yara.Patterns;

/// <summary>
/// A node of the pattern tree shared by YARA regular expressions and hex strings: byte sets
/// (literal bytes, classes, nibble masks, <c>~</c> negations), <c>.</c>, concatenation,
/// alternation, bounded/unbounded greedy or lazy repetition (hex jumps are lazy repeats of any
/// byte), anchors <c>^ $</c> and word boundaries <c>\b \B</c>. Produced by
/// <see cref="RegexParser"/> and <see cref="HexStringParser"/>; consumed by
/// <see cref="PatternMatcher"/> and <see cref="AtomExtractor"/>. Nodes are immutable.
/// </summary>
public abstract class RegexNode
{
    private protected RegexNode()
    {
    }
}
