namespace Semitori.Yara.Patterns;

/// <summary>One byte drawn from a set: a literal, a class, a nibble mask or a negated byte.</summary>
internal sealed class ByteSetNode(ByteSet set) : RegexNode
{
    /// <summary>Shared nodes of the 256 single bytes: nodes are immutable, and most nodes of hex strings and literal regex text are single bytes.</summary>
    private static readonly ByteSetNode[] Singles = [.. Enumerable.Range(0, 256).Select(b => new ByteSetNode(ByteSet.Single((byte)b)))];

    public ByteSet Set { get; } = set;

    /// <summary>A node for <paramref name="set"/>, shared when it is a single byte.</summary>
    public static ByteSetNode Of(ByteSet set) => set.TryGetSingle(out byte b) ? Singles[b] : new ByteSetNode(set);
}
