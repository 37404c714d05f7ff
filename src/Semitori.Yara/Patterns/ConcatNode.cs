namespace Semitori.Yara.Patterns;

/// <summary>Elements matched one after the other.</summary>
internal sealed class ConcatNode(IReadOnlyList<RegexNode> items) : RegexNode
{
    public IReadOnlyList<RegexNode> Items { get; } = items;
}
