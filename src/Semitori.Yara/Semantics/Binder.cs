using Semitori.Diagnostics;
using Semitori.Yara.Compilation;
using Semitori.Yara.Modules;
using Semitori.Yara.Syntax;

namespace Semitori.Yara.Semantics;

/// <summary>
/// Resolves names and checks types of each rule, producing <see cref="CompiledRule"/>s.
/// Reports libyara's compile errors (duplicate rules/strings, undefined identifiers, wrong
/// types, unreferenced strings) and warnings, continuing past errors so all of them are reported.
/// </summary>
internal sealed partial class Binder
{
    /// <summary>libyara's YR_MAX_LOOP_NESTING.</summary>
    public const int MaxLoopNesting = 4;

    /// <summary>libyara's DEFAULT_MAX_STRINGS_PER_RULE: a rule with more strings is rejected.</summary>
    public const int MaxStringsPerRule = 10_000;

    private readonly DiagnosticBag _diagnostics;
    private readonly IReadOnlyDictionary<string, (YaraType Type, int Slot)> _externals;
    private readonly IReadOnlyDictionary<string, IYaraModule> _availableModules;
    private readonly Dictionary<string, int> _moduleSlots;
    private readonly List<CompiledRule> _rules;
    private readonly List<CompiledString> _strings;
    private readonly Dictionary<(string Ns, string Name), int> _ruleIndex;
    private readonly StringCompiler _stringCompiler;

    private readonly List<(string Ns, string Prefix)> _usedRuleWildcards;
    private (string Name, int Index) _currentRule;
    private SourceText _source = null!;
    private Scope _scope = null!;
    private string _namespace = "default";
    private IReadOnlyList<string> _imports = [];
    private PrecompiledStrings? _precompiled;

    public Binder(
        DiagnosticBag diagnostics,
        IReadOnlyDictionary<string, (YaraType Type, int Slot)> externals,
        IReadOnlyDictionary<string, IYaraModule> availableModules,
        Dictionary<string, int> moduleSlots,
        List<CompiledRule> rules,
        List<CompiledString> strings,
        Dictionary<(string Ns, string Name), int> ruleIndex,
        List<(string Ns, string Prefix)> usedRuleWildcards)
    {
        _ruleIndex = ruleIndex;
        _usedRuleWildcards = usedRuleWildcards;
        _diagnostics = diagnostics;
        _externals = externals;
        _availableModules = availableModules;
        _moduleSlots = moduleSlots;
        _rules = rules;
        _strings = strings;
        _stringCompiler = new StringCompiler(diagnostics);
    }

    public int MaxLocals { get; private set; }

    public void BindFile(RuleFileSyntax file, string ns, GarbagePacer? pacer = null, PrecompiledStrings? precompiled = null)
    {
        _precompiled = precompiled;
        foreach (ImportSyntax import in file.Imports)
        {
            if (!_availableModules.ContainsKey(import.Module))
            {
                _diagnostics.Error(DiagnosticCodes.UnknownModule, $"unknown module \"{import.Module}\"", file.Source, import.Span,
                    $"modules available: {string.Join(", ", _availableModules.Keys.Order())}");
            }
        }

        foreach (RuleSyntax rule in file.Rules)
        {
            BindRule(rule, ns);
            pacer?.Tick();
        }
    }

    private CompiledString? CompileString(StringSyntax s, int index, int ruleIndex)
    {
        if (_precompiled is null || !_precompiled.TryTake(s, out CompiledString? compiled, out IReadOnlyList<Diagnostic> diagnostics))
        {
            return _stringCompiler.Compile(s, index, ruleIndex, _source);
        }

        _diagnostics.AddRange(diagnostics);
        if (compiled is not null)
        {
            compiled.Index = index;
            compiled.RuleIndex = ruleIndex;
        }

        return compiled;
    }

    private void BindRule(RuleSyntax syntax, string ns)
    {
        _source = syntax.Source;
        _namespace = ns;
        _imports = syntax.Imports;
        if (_ruleIndex.ContainsKey((ns, syntax.Name)))
        {
            _diagnostics.Error(DiagnosticCodes.DuplicateRule, $"duplicated identifier \"{syntax.Name}\"", _source, syntax.NameSpan);
            return;
        }

        if (_usedRuleWildcards.Any(w => w.Ns == ns && syntax.Name.StartsWith(w.Prefix, StringComparison.Ordinal)))
        {
            _diagnostics.Error(DiagnosticCodes.DuplicateRule, $"rule identifier \"{syntax.Name}\" matches previously used wildcard rule set", _source, syntax.NameSpan,
                "a rule set like (prefix*) is fixed when it is used; declare matching rules before it");
            return;
        }

        if (_externals.ContainsKey(syntax.Name))
        {
            _diagnostics.Error(DiagnosticCodes.DuplicateRule, $"duplicated identifier \"{syntax.Name}\" (an external variable has this name)", _source, syntax.NameSpan);
            return;
        }

        var tags = new List<string>();
        foreach ((string tag, TextSpan span) in syntax.Tags)
        {
            if (tags.Contains(tag))
            {
                _diagnostics.Error(DiagnosticCodes.DuplicateTag, $"duplicated tag identifier \"{tag}\"", _source, span);
                return;
            }

            tags.Add(tag);
        }

        int errorsBefore = _diagnostics.ErrorCount;
        if (syntax.Strings.Count > MaxStringsPerRule)
        {
            _diagnostics.Error(DiagnosticCodes.TooManyStrings, $"too many strings in rule \"{syntax.Name}\" ({syntax.Strings.Count}; the limit is {MaxStringsPerRule})", _source, syntax.NameSpan);
            return;
        }

        var rule = new CompiledRule(_rules.Count, syntax.Name, ns, syntax.IsPrivate, syntax.IsGlobal, tags,
            syntax.Meta.Select(m => new KeyValuePair<string, object>(m.Key, m.Value)).ToList());
        _scope = new Scope();
        _currentRule = (syntax.Name, rule.Index);
        int firstString = _strings.Count;
        var pending = new List<CompiledString>();
        foreach (StringSyntax s in syntax.Strings)
        {
            bool anonymous = s.Identifier == "$";
            if (!anonymous && _scope.Strings.ContainsKey(s.Identifier))
            {
                _diagnostics.Error(DiagnosticCodes.DuplicateString, $"duplicated string identifier \"{s.Identifier}\"", _source, s.IdSpan);
                continue;
            }

            CompiledString? cs = CompileString(s, firstString + pending.Count, rule.Index);
            if (cs is null)
            {
                continue;
            }

            pending.Add(cs);
            _scope.StringList.Add(cs);
            if (!anonymous)
            {
                _scope.Strings[s.Identifier] = cs.Index;
            }
        }

        foreach (string module in _imports)
        {
            if (_moduleSlots.TryGetValue(module, out int slot) && !rule.ModuleSlots.Contains(slot))
            {
                rule.ModuleSlots.Add(slot);
            }
        }

        BoundExpr condition = BindBoolean(syntax.Condition!);
        MaxLocals = Math.Max(MaxLocals, _scope.MaxSlots);

        foreach (CompiledString cs in pending)
        {
            if (_scope.FixedOffsets.TryGetValue(cs.Index, out long fixedOffset))
            {
                cs.FixedOffset = fixedOffset;
            }

            if (!_scope.Referenced.Contains(cs.Index) && !cs.Identifier.StartsWith("$_", StringComparison.Ordinal))
            {
                _diagnostics.Error(DiagnosticCodes.UnreferencedString, $"unreferenced string \"{cs.Identifier}\"", _source, cs.Span,
                    "use the string in the condition, or name it $_… to keep it unreferenced on purpose");
            }

            WarnIfSlow(cs);
        }

        if (_diagnostics.ErrorCount != errorsBefore)
        {
            return;
        }

        rule.Condition = condition;
        rule.NeedsMatch = pending.Count > 0 && MatchRequirement.NeedsMatch(condition);
        rule.Strings.AddRange(pending);
        _strings.AddRange(pending);
        _rules.Add(rule);
        _ruleIndex[(ns, syntax.Name)] = rule.Index;
    }

    private void WarnIfSlow(CompiledString cs)
    {
        if (cs.MinAtomQuality < AtomQuality.WarningThreshold)
        {
            _diagnostics.Warning(DiagnosticCodes.SlowString, $"string \"{cs.Identifier}\" may slow down scanning", _source, cs.Span,
                "its best atoms are short or made of common bytes; make it longer or more specific");
        }
    }

    private BoundExpr ErrorExpr() => new ConstantExpr(YaraType.Bool, Value.Undefined);

    private BoundExpr Fail(string code, string message, TextSpan span, string? help = null)
    {
        _diagnostics.Error(code, message, _source, span, help);
        return ErrorExpr();
    }

    private BoundExpr BindBoolean(ExprSyntax syntax)
    {
        BoundExpr e = Bind(syntax);
        if (e.Type.Kind is TypeKind.Struct or TypeKind.Array or TypeKind.Dictionary or TypeKind.Function or TypeKind.Regex)
        {
            return Fail(DiagnosticCodes.WrongType, $"wrong type for a boolean expression: {e.Type}", syntax.Span);
        }

        if (syntax is TextLiteralSyntax)
        {
            _diagnostics.Warning(DiagnosticCodes.LiteralStringInBoolean, "using literal string in a boolean operation", _source, syntax.Span);
        }

        return e;
    }
}
