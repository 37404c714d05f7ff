using System.Diagnostics;
using Semitori.Yara.Compilation;
using Semitori.Yara.Modules;
using Semitori.Yara.Scanning;
using Semitori.Yara.Semantics;

namespace Semitori.Yara;

/// <summary>
/// Scans bytes or files with one <see cref="CompiledRules"/>. Not thread-safe: create one per
/// thread (it owns the per-scan match lists and scratch space, reused across scans).
/// </summary>
public sealed class YaraScanner
{
    /// <summary>The search checks the clock once per this many bytes.</summary>
    private const int TimeoutCheckInterval = 1 << 20;

    private readonly CompiledRules _rules;
    private readonly ScanOptions _options;
    private readonly ScanContext _ctx;
    private readonly MatchVerifier _verifier;
    private readonly bool[] _ruleHasMatch;
    private readonly List<int> _matchedRules = [];


    internal YaraScanner(CompiledRules rules, ScanOptions options)
    {
        _rules = rules;
        _options = options;
        _ctx = new ScanContext(rules.Strings.Length, rules.Rules.Length, rules.MaxLocals, rules.Modules.Length, (Value[])rules.Externals.Clone());
        _ruleHasMatch = new bool[rules.Rules.Length];
        Profile = options.Profile ? new ScanProfile(rules) : null;
        _verifier = new MatchVerifier(_ctx, rules.Variants, Profile) { MaxMatches = options.MaxMatchesPerString, FastMode = options.FastMode };
    }

    /// <summary>Overrides an external variable's value for the following scans (yara -d at scan time).</summary>
    public void SetExternal(string name, object value)
    {
        if (!_rules.ExternalSlots.TryGetValue(name, out int slot))
        {
            throw new ArgumentException($"external variable '{name}' was not defined at compile time", nameof(name));
        }

        _ctx.Externals[slot] = Value.FromHost(value);
    }

    /// <summary>Where this scanner's time went so far, when <see cref="ScanOptions.Profile"/> is set; otherwise null.</summary>
    public ScanProfile? Profile { get; }

    public ScanResult ScanFile(string path)
    {
        byte[] data = File.ReadAllBytes(path);
        return Scan(data);
    }

    public ScanResult Scan(ReadOnlyMemory<byte> data)
    {
        _ctx.Data = data;
        _ctx.EntryPointComputed = false;
        _ctx.EntryPoint = null;
        _ctx.CurrentString = -1;
        Array.Clear(_ctx.RuleResults);
        _ctx.SetDeadline(_options.Timeout);
        _ctx.ResetMatches();

        var warnings = new List<string>();
        bool timedOut = false;
        try
        {
            long t0 = Profile is null ? 0 : Stopwatch.GetTimestamp();
            Search(data.Span);
            if (Profile is not null)
            {
                Profile.Files++;
                Profile.SearchTicks += Stopwatch.GetTimestamp() - t0;
            }

            LoadModules(data);
            Evaluate();
        }
        catch (ScanTimeoutException)
        {
            timedOut = true;
            Array.Clear(_ctx.RuleResults);
        }

        foreach (int index in _ctx.Touched)
        {
            CompiledString s = _rules.Strings[index];
            if (_ctx.Matches[s.Index].Truncated)
            {
                warnings.Add($"too many matches for string {s.Identifier} of rule {_rules.Rules[s.RuleIndex].Name}; kept the first {_options.MaxMatchesPerString}");
            }
        }

        return new ScanResult(BuildResults(data.Span), timedOut, warnings);
    }

    /// <summary>Evaluates the rules' guards on this file: a rule whose guard is not true is excluded from the search.</summary>
    private void EvaluateGuards()
    {
        // Each distinct guard once; only the rules of false guards are touched.
        BoundExpr[] guards = _rules.Guards;
        bool[] excluded = _ctx.RuleExcluded;
        Array.Clear(excluded);
        int[] offsets = _rules.GuardRuleOffsets;
        int[] guardRules = _rules.GuardRules;
        for (int id = 0; id < guards.Length; id++)
        {
            if (!guards[id].Eval(_ctx).IsTrue)
            {
                for (int k = offsets[id]; k < offsets[id + 1]; k++)
                {
                    excluded[guardRules[k]] = true;
                }
            }
        }
    }

    private void Search(ReadOnlySpan<byte> data)
    {
        EvaluateGuards();
        _verifier.Reset();
        for (int from = 0; from < data.Length; from += TimeoutCheckInterval)
        {
            int to = (int)Math.Min((long)from + TimeoutCheckInterval, data.Length);
            _rules.Index.Search(data, from, to, _verifier);
            _ctx.CheckDeadline();
        }

        foreach (StringVariant v in _rules.UnanchoredVariants)
        {
            if (v.Literal is null && !_ctx.RuleExcluded[v.Owner.RuleIndex])
            {
                for (int from = 0; from < data.Length; from += 65536)
                {
                    _verifier.VerifyPattern(data, from, Math.Min(from + 65535, data.Length - 1), v);
                    _ctx.CheckDeadline();
                }
            }
        }

        _ctx.FinishMatches();
    }

    private void LoadModules(ReadOnlyMemory<byte> data)
    {
        Array.Clear(_ctx.Modules);
        var context = new ModuleLoadContext(data);
        foreach (int slot in _rules.UsedModuleSlots)
        {
            long t0 = Profile is null ? 0 : Stopwatch.GetTimestamp();
            try
            {
                _ctx.Modules[slot] = _rules.Modules[slot].Load(context);
            }
            catch (Exception ex) when (ex is not ScanTimeoutException and not OutOfMemoryException)
            {
                // A module that fails on a malformed file leaves its fields undefined.
                _ctx.Modules[slot] = null;
            }

            if (Profile is not null)
            {
                Profile.ModuleLoads[slot]++;
                Profile.ModuleTicks[slot] += Stopwatch.GetTimestamp() - t0;
            }
        }
    }

    private void Evaluate()
    {
        CompiledRule[] rules = _rules.Rules;
        _matchedRules.Clear();
        foreach (int s in _ctx.Touched)
        {
            int r = _rules.Strings[s].RuleIndex;
            if (!_ruleHasMatch[r])
            {
                _ruleHasMatch[r] = true;
                _matchedRules.Add(r);
            }
        }

        _matchedRules.Sort();
        foreach (int r in _matchedRules)
        {
            _ruleHasMatch[r] = false;
        }

        // Only rules with a match or that need none are evaluated (the others stay false), in rule
        // order: a condition may read the result of an earlier rule.
        int[] always = _rules.AlwaysEvaluated;
        bool[] excluded = _ctx.RuleExcluded;
        int a = 0, m = 0;
        while (a < always.Length || m < _matchedRules.Count)
        {
            int i;
            if (m >= _matchedRules.Count || (a < always.Length && always[a] < _matchedRules[m]))
            {
                i = always[a++];
            }
            else
            {
                i = _matchedRules[m++];
                if (a < always.Length && always[a] == i)
                {
                    a++;
                }
            }

            if (excluded[i])
            {
                _ctx.RuleResults[i] = false;
            }
            else if (Profile is null)
            {
                _ctx.RuleResults[i] = rules[i].Condition.Eval(_ctx).IsTrue;
            }
            else
            {
                long t0 = Stopwatch.GetTimestamp();
                _ctx.RuleResults[i] = rules[i].Condition.Eval(_ctx).IsTrue;
                Profile.ConditionTicks[i] += Stopwatch.GetTimestamp() - t0;
                Profile.Evaluations[i]++;
            }
        }

        // A global rule that fails suppresses every rule of its namespace, before or after it.
        HashSet<string>? failedNamespaces = null;
        foreach (int g in _rules.GlobalRules)
        {
            if (!_ctx.RuleResults[g])
            {
                (failedNamespaces ??= []).Add(rules[g].Namespace);
            }
        }

        if (failedNamespaces is not null)
        {
            foreach (CompiledRule r in rules)
            {
                if (failedNamespaces.Contains(r.Namespace))
                {
                    _ctx.RuleResults[r.Index] = false;
                }
            }
        }
    }

    private List<RuleMatch> BuildResults(ReadOnlySpan<byte> data)
    {
        var results = new List<RuleMatch>();
        bool[] ruleResults = _ctx.RuleResults;
        for (int i = 0; i < ruleResults.Length; i++)
        {
            bool matched = ruleResults[i];
            if (!matched && !_options.IncludeNonMatching)
            {
                // Most rules: decided from the flat result array, without touching the rule.
                continue;
            }

            CompiledRule r = _rules.Rules[i];
            if (r.IsPrivate)
            {
                continue;
            }

            var strings = new List<StringMatches>();
            if (matched)
            {
                foreach (CompiledString s in r.Strings)
                {
                    if (s.IsPrivate || _ctx.Counts[s.Index] == 0)
                    {
                        continue;
                    }

                    MatchList list = _ctx.Matches[s.Index];
                    if (list.Count == 0)
                    {
                        continue;
                    }

                    var matches = new StringMatch[list.Count];
                    for (int k = 0; k < list.Count; k++)
                    {
                        StringMatch m = list[k];
                        int n = Math.Min(m.Length, _options.MaxMatchDataLength);
                        matches[k] = m with { Data = data.Slice((int)m.Offset, n).ToArray() };
                    }

                    strings.Add(new StringMatches(s.Identifier, matches, list.Truncated, s.IsHex));
                }
            }

            results.Add(new RuleMatch(r.Name, r.Namespace, matched, r.Tags, r.Meta, strings));
        }

        return results;
    }
}
