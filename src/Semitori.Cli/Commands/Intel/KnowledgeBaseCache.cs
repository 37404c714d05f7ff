using Semitori.Intel.Knowledge;

namespace Semitori.Cli.Commands.Intel;

/// <summary>The built-in knowledge pack, loaded once per process on first use.</summary>
internal static class KnowledgeBaseCache
{
    private static readonly Lazy<KnowledgeBase> Lazy = new(KnowledgeBase.LoadBuiltIn);

    public static KnowledgeBase Instance => Lazy.Value;
}
