using System.Diagnostics;
using Semitori.Yara.Compilation;

namespace Semitori.Yara;

/// <summary>
/// Where a scanner spent its time (<see cref="ScanOptions.Profile"/>, <c>semitori yara --profile</c>):
/// per rule condition, per string verification (atom hits confirmed against the data), per module
/// load. Each scanner keeps its own; <see cref="Add"/> merges the profiles of several threads.
/// The search loop itself (looking up atoms) is not attributed: it costs the same for every rule.
/// </summary>
public sealed class ScanProfile
{
    private readonly CompiledRules _rules;

    internal ScanProfile(CompiledRules rules)
    {
        _rules = rules;
        ConditionTicks = new long[rules.Rules.Length];
        Evaluations = new long[rules.Rules.Length];
        VerifyTicks = new long[rules.Variants.Length];
        Attempts = new long[rules.Variants.Length];
        ModuleTicks = new long[rules.Modules.Length];
        ModuleLoads = new long[rules.Modules.Length];
    }

    /// <summary>Files scanned.</summary>
    public long Files { get; internal set; }

    /// <summary>Time spent in the atom search and verification, all strings together.</summary>
    public TimeSpan SearchTime => Stopwatch.GetElapsedTime(0, SearchTicks);

    internal long SearchTicks { get; set; }

    internal long[] ConditionTicks { get; }

    internal long[] Evaluations { get; }

    internal long[] VerifyTicks { get; }

    internal long[] Attempts { get; }

    internal long[] ModuleTicks { get; }

    internal long[] ModuleLoads { get; }

    /// <summary>Adds another scanner's profile of the same rules (parallel scans).</summary>
    public void Add(ScanProfile other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!ReferenceEquals(other._rules, _rules))
        {
            throw new ArgumentException("profiles of different rule sets", nameof(other));
        }

        Files += other.Files;
        SearchTicks += other.SearchTicks;
        Sum(ConditionTicks, other.ConditionTicks);
        Sum(Evaluations, other.Evaluations);
        Sum(VerifyTicks, other.VerifyTicks);
        Sum(Attempts, other.Attempts);
        Sum(ModuleTicks, other.ModuleTicks);
        Sum(ModuleLoads, other.ModuleLoads);
    }

    /// <summary>The rules that cost the most: condition time plus the verification time of their strings.</summary>
    public IReadOnlyList<ProfileEntry> CostliestRules(int count)
    {
        var ticks = (long[])ConditionTicks.Clone();
        foreach (StringVariant v in _rules.Variants)
        {
            ticks[v.Owner.RuleIndex] += VerifyTicks[v.Id];
        }

        return _rules.Rules
            .Where(r => ticks[r.Index] > 0)
            .OrderByDescending(r => ticks[r.Index])
            .Take(count)
            .Select(r => new ProfileEntry(r.Namespace + ":" + r.Name, Evaluations[r.Index], Time(ticks[r.Index]), string.Empty))
            .ToList();
    }

    /// <summary>The strings whose atom hits cost the most to verify.</summary>
    public IReadOnlyList<ProfileEntry> CostliestStrings(int count) =>
        _rules.Variants
            .Where(v => Attempts[v.Id] > 0)
            .GroupBy(v => v.Owner)
            .Select(g => (String: g.Key, Ticks: g.Sum(v => VerifyTicks[v.Id]), Attempts: g.Sum(v => Attempts[v.Id]), Atoms: g.First().Atoms))
            .OrderByDescending(x => x.Ticks)
            .ThenByDescending(x => x.Attempts)
            .Take(count)
            .Select(x =>
            {
                CompiledRule rule = _rules.Rules[x.String.RuleIndex];
                string atoms = string.Join(" ", x.Atoms.Take(4).Select(a => $"{Convert.ToHexString(a.Bytes)}@{a.MinOffset}..{a.MaxOffset}"));
                return new ProfileEntry($"{rule.Namespace}:{rule.Name}:{x.String.Identifier}", x.Attempts, Time(x.Ticks), atoms);
            })
            .ToList();

    /// <summary>Module loads (parsing pe, dotnet … for each file), costliest first.</summary>
    public IReadOnlyList<ProfileEntry> Modules() =>
        _rules.UsedModuleSlots
            .Select(slot => new ProfileEntry(_rules.Modules[slot].Name, ModuleLoads[slot], Time(ModuleTicks[slot]), string.Empty))
            .OrderByDescending(e => e.Time)
            .ToList();

    private static TimeSpan Time(long ticks) => Stopwatch.GetElapsedTime(0, ticks);

    private static void Sum(long[] into, long[] from)
    {
        for (int i = 0; i < into.Length; i++)
        {
            into[i] += from[i];
        }
    }
}
