namespace Semitori.Yara.Patterns;

/// <summary>A zero-width assertion (<c>^ $ \b \B</c>).</summary>
internal sealed class AssertionNode : RegexNode
{
    public static AssertionNode Start { get; } = new(AssertionKind.Start);

    public static AssertionNode End { get; } = new(AssertionKind.End);

    public static AssertionNode WordBoundary { get; } = new(AssertionKind.WordBoundary);

    public static AssertionNode NotWordBoundary { get; } = new(AssertionKind.NotWordBoundary);

    private AssertionNode(AssertionKind kind) => Kind = kind;

    public AssertionKind Kind { get; }
}
