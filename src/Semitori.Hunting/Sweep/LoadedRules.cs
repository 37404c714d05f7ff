using Semitori.Diagnostics;
using Semitori.Yara;

namespace Semitori.Hunting.Sweep;

/// <summary>
/// A compiled rule set with what went into it: the diagnostics of rules left out, the number of
/// files, and for each YARA namespace the file it came from (findings name their rule file).
/// </summary>
public sealed record LoadedRules(CompiledRules Rules, IReadOnlyList<Diagnostic> Diagnostics, int Files, IReadOnlyDictionary<string, string> SourceByNamespace)
{
    /// <summary>The finding source for a rule of this namespace: <c>semitori:cicada</c> or <c>yara:&lt;file name&gt;</c>.</summary>
    public string SourceOf(string ns) =>
        ns == RuleSetLoader.BuiltInNamespace ? "semitori:cicada"
        : SourceByNamespace.TryGetValue(ns, out string? file) ? "yara:" + Path.GetFileName(file)
        : "yara:" + ns;
}
