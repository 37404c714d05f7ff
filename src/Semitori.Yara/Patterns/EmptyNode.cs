namespace Semitori.Yara.Patterns;

/// <summary>The empty pattern, e.g. the right side of <c>(abc|)</c> (allowed since YARA 4.5.0).</summary>
internal sealed class EmptyNode : RegexNode
{
    public static EmptyNode Instance { get; } = new();

    private EmptyNode()
    {
    }
}
