using Semitori.Yara.Modules;

namespace Semitori.Yara;

/// <summary>Settings of a <see cref="YaraCompiler"/>.</summary>
public sealed class CompilerOptions
{
    /// <summary>libyara's YR_MAX_INCLUDE_DEPTH.</summary>
    public const int DefaultMaxIncludeDepth = 16;

    /// <summary>Modules rules may import. Empty by default: the host decides which modules exist.</summary>
    public IReadOnlyList<IYaraModule> Modules { get; init; } = [];

    /// <summary>Whether <c>include</c> directives are honoured (yara's --no-includes turns them off).</summary>
    public bool AllowIncludes { get; init; } = true;

    public int MaxIncludeDepth { get; init; } = DefaultMaxIncludeDepth;
}
