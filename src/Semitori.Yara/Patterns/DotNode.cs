namespace Semitori.Yara.Patterns;

/// <summary>
/// A regex <c>.</c> parsed without <c>/s</c>: any byte but <c>\n</c>, widened to any byte when the
/// matcher is created with <see cref="PatternOptions.DotAll"/> (so either switch enables dot-all).
/// </summary>
internal sealed class DotNode : RegexNode
{
    public static DotNode Instance { get; } = new();

    public static ByteSet AnyButNewline { get; } = ByteSet.All.Complement().With((byte)'\n').Complement();

    private DotNode()
    {
    }
}
