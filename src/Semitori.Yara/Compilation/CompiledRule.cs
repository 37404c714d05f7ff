using Semitori.Yara.Semantics;

namespace Semitori.Yara.Compilation;

/// <summary>A rule after binding: its condition, strings and what the host reports about it.</summary>
internal sealed class CompiledRule
{
    public CompiledRule(int index, string name, string ns, bool isPrivate, bool isGlobal, IReadOnlyList<string> tags, IReadOnlyList<KeyValuePair<string, object>> meta)
    {
        Index = index;
        Name = name;
        Namespace = ns;
        IsPrivate = isPrivate;
        IsGlobal = isGlobal;
        Tags = tags;
        Meta = meta;
    }

    public int Index { get; }

    public string Name { get; }

    public string Namespace { get; }

    public bool IsPrivate { get; }

    public bool IsGlobal { get; }

    public IReadOnlyList<string> Tags { get; }

    public IReadOnlyList<KeyValuePair<string, object>> Meta { get; }

    public List<CompiledString> Strings { get; } = [];

    public BoundExpr Condition { get; set; } = new ConstantExpr(YaraType.Bool, Value.False);

    /// <summary>The condition is false unless one of the rule's strings matched (see <see cref="MatchRequirement"/>).</summary>
    public bool NeedsMatch { get; set; }

    /// <summary>Conjuncts checked before the string search and the condition (<see cref="RuleGuards"/>).</summary>
    public BoundExpr[] Guards { get; set; } = [];

    /// <summary>Modules the rule's file imported (slots in the scanner's module table).</summary>
    public List<int> ModuleSlots { get; } = [];
}
