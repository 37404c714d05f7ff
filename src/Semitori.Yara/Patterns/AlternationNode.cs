namespace Semitori.Yara.Patterns;

/// <summary>Alternatives tried in written order (leftmost alternative has priority).</summary>
internal sealed class AlternationNode(IReadOnlyList<RegexNode> alternatives) : RegexNode
{
    public IReadOnlyList<RegexNode> Alternatives { get; } = alternatives;
}
