using Semitori.Yara.Compilation;
using Semitori.Yara.Modules;
using Semitori.Yara.Semantics;

namespace Semitori.Yara;

/// <summary>
/// An immutable, compiled rule set: rules, strings, the atom index. Safe to share between
/// threads; each thread scans through its own <see cref="YaraScanner"/>.
/// </summary>
public sealed class CompiledRules
{
    internal CompiledRules(CompiledRule[] rules, CompiledString[] strings, Value[] externals, Dictionary<string, int> externalSlots, IYaraModule[] modules, int maxLocals, int threads)
    {
        Rules = rules;
        Strings = strings;
        Externals = externals;
        ExternalSlots = externalSlots;
        Modules = modules;
        MaxLocals = maxLocals;
        var variants = new List<StringVariant>();
        foreach (CompiledString s in strings)
        {
            foreach (StringVariant v in s.Variants)
            {
                v.Id = variants.Count;
                variants.Add(v);
            }
        }

        Variants = [.. variants];
        AtomPlanner.Plan(variants, threads);
        UnanchoredVariants = variants.Where(v => v.Atoms.Count == 0).ToArray();
        Index = AtomIndex.Build(variants, threads);
        UsedModuleSlots = rules.SelectMany(r => r.ModuleSlots).Distinct().Order().ToArray();
        foreach (CompiledRule r in rules)
        {
            // A guard saves a rule with strings its verification work, and any rule its condition.
            r.Guards = RuleGuards.Of(r.Condition);
        }

        // Distinct guards (by key; unkeyed ones stay apart) and, per guard, the rules it guards.
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var guards = new List<BoundExpr>();
        var byGuard = new List<List<int>>();
        foreach (CompiledRule r in rules)
        {
            foreach (BoundExpr g in r.Guards)
            {
                if (g.Key is not { } key || !ids.TryGetValue(key, out int id))
                {
                    id = guards.Count;
                    guards.Add(g);
                    byGuard.Add([]);
                    if (g.Key is { } k)
                    {
                        ids[k] = id;
                    }
                }

                if (byGuard[id] is not [.., var last] || last != r.Index)
                {
                    byGuard[id].Add(r.Index);
                }
            }
        }

        Guards = [.. guards];

        GuardRuleOffsets = new int[Guards.Length + 1];
        var flat = new List<int>();
        for (int id = 0; id < Guards.Length; id++)
        {
            flat.AddRange(byGuard[id]);
            GuardRuleOffsets[id + 1] = flat.Count;
        }

        GuardRules = [.. flat];
        AlwaysEvaluated = rules.Where(r => !r.NeedsMatch).Select(r => r.Index).ToArray();
        GlobalRules = rules.Where(r => r.IsGlobal).Select(r => r.Index).ToArray();
    }

    /// <summary>
    /// The rules of distinct guard <c>id</c> are GuardRules[GuardRuleOffsets[id]..GuardRuleOffsets[id + 1]]:
    /// a file only touches the rules of the guards that are false for it.
    /// </summary>
    internal int[] GuardRuleOffsets { get; }

    internal int[] GuardRules { get; }

    /// <summary>Rules whose condition can be true without a string match, in rule order: evaluated on every file they are not excluded from.</summary>
    internal int[] AlwaysEvaluated { get; }

    internal int[] GlobalRules { get; }

    /// <summary>The distinct guards of all rules: each is evaluated at most once per file.</summary>
    internal BoundExpr[] Guards { get; }

    internal CompiledRule[] Rules { get; }

    internal CompiledString[] Strings { get; }

    internal StringVariant[] Variants { get; }

    /// <summary>Variants without atoms: tried at every position (slow; the compiler warned).</summary>
    internal StringVariant[] UnanchoredVariants { get; }

    internal AtomIndex Index { get; }

    internal Value[] Externals { get; }

    internal Dictionary<string, int> ExternalSlots { get; }

    internal IYaraModule[] Modules { get; }

    internal int[] UsedModuleSlots { get; }


    internal int MaxLocals { get; }

    public int RuleCount => Rules.Length;

    public int StringCount => Strings.Length;

    public int AtomCount => Index.AtomCount;

    /// <summary>Names of the rules, in declaration order (namespace:name).</summary>
    public IEnumerable<string> RuleNames => Rules.Select(r => r.Namespace + ":" + r.Name);

    /// <summary>One line about the prefilter, for benchmarks and --profile: atoms by length, variants without atoms.</summary>
    public string DescribePrefilter()
    {
        var byLength = Variants.SelectMany(v => v.Atoms).GroupBy(a => a.Bytes.Length).OrderBy(g => g.Key).Select(g => $"{g.Key}B:{g.Count()}");
        var slow = UnanchoredVariants.Select(v => $"{Rules[v.Owner.RuleIndex].Name}:{v.Owner.Identifier}").Take(10);
        return $"variants {Variants.Length}, atoms by length [{string.Join(' ', byLength)}], variants without atoms {UnanchoredVariants.Length} ({string.Join(", ", slow)})";
    }

    public YaraScanner CreateScanner(ScanOptions? options = null) => new(this, options ?? new ScanOptions());
}
