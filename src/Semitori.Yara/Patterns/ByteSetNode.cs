namespace Semitori.Yara.Patterns;

/// <summary>One byte drawn from a set: a literal, a class, a nibble mask or a negated byte.</summary>
internal sealed class ByteSetNode(ByteSet set) : RegexNode
{
    public ByteSet Set { get; } = set;
}
