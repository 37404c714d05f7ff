using Semitori.Diagnostics;
using Semitori.Yara.Compilation;
using Semitori.Yara.Syntax;

namespace Semitori.Yara.Semantics;

internal sealed partial class Binder
{
    /// <summary>Resolves <c>$a</c> (or the loop's <c>$</c>) to a string index; -1 is "the for-of string".</summary>
    private int? ResolveString(string identifier, TextSpan span)
    {
        if (identifier == "$")
        {
            if (_scope.ForOfDepth == 0)
            {
                _diagnostics.Error(DiagnosticCodes.StringOutsideLoop, "anonymous string reference outside a 'for … of' loop", _source, span);
                return null;
            }

            return -1;
        }

        if (_scope.Strings.TryGetValue(identifier, out int index))
        {
            _scope.Referenced.Add(index);
            _scope.UseGenerally(index);
            return index;
        }

        _diagnostics.Error(DiagnosticCodes.UndefinedString, $"undefined string identifier \"{identifier}\"", _source, span);
        return null;
    }

    private (BoundExpr? Low, BoundExpr? High) BindRange(RangeSyntax? range)
    {
        if (range is null)
        {
            return (null, null);
        }

        BoundExpr lo = BindInt(range.Low, "a range bound");
        BoundExpr hi = BindInt(range.High, "a range bound");
        if (lo.IsConstant && hi.IsConstant && lo.Eval(null!).Kind == ValueKind.Int && hi.Eval(null!).Kind == ValueKind.Int)
        {
            long l = lo.Eval(null!).I, h = hi.Eval(null!).I;
            if (l < 0 || h < 0 || l > h)
            {
                _diagnostics.Error(DiagnosticCodes.InvalidRange, "invalid range: bounds must be non-negative and ordered", _source, range.Span);
            }
        }

        return (lo, hi);
    }

    private BoundExpr BindStringMatch(StringMatchSyntax m)
    {
        bool known = _scope.Strings.TryGetValue(m.Identifier, out int knownIndex);
        bool wasGeneral = known && _scope.GeneralUse.Contains(knownIndex);
        long previous = -1;
        bool wasFixed = known && _scope.FixedOffsets.TryGetValue(knownIndex, out previous);
        int? index = ResolveString(m.Identifier, m.Span);
        BoundExpr? at = m.At is null ? null : BindInt(m.At, "'at'");
        if (index is >= 0 && !wasGeneral && m.In is null && at is ConstantExpr { Value.Kind: ValueKind.Int } offset)
        {
            // ResolveString counted this as a general use; an "at CONSTANT" use keeps the string fixed
            // (two different constants make it general again, in UseAt).
            _scope.GeneralUse.Remove(index.Value);
            if (wasFixed)
            {
                _scope.FixedOffsets[index.Value] = previous;
            }

            _scope.UseAt(index.Value, offset.Value.I);
        }
        (BoundExpr? lo, BoundExpr? hi) = BindRange(m.In);
        return index is null ? ErrorExpr() : new StringFoundExpr(index.Value, at, lo, hi);
    }

    private BoundExpr BindStringCount(StringCountSyntax c)
    {
        int? index = ResolveString("$" + c.Identifier[1..], c.Span);
        (BoundExpr? lo, BoundExpr? hi) = BindRange(c.In);
        return index is null ? new ConstantExpr(YaraType.Int, Value.Undefined) : new StringCountExpr(index.Value, lo, hi);
    }

    private BoundExpr BindStringProperty(StringPropertySyntax p)
    {
        int? index = ResolveString("$" + p.Identifier[1..], p.Span);
        BoundExpr? position = p.Index is null ? null : BindInt(p.Index, "a match index");
        return index is null ? new ConstantExpr(YaraType.Int, Value.Undefined) : new StringPropertyExpr(index.Value, p.IsLength, position);
    }

    /// <summary>Expands <c>them</c>, <c>$a*</c>, <c>$*</c> and names into string indexes, marking them referenced.</summary>
    private int[]? ResolveStringSet(StringSetSyntax set)
    {
        if (set.IsThem)
        {
            if (_scope.StringList.Count == 0)
            {
                _diagnostics.Error(DiagnosticCodes.NoStringsForThem, "'them' used in a rule without strings", _source, set.Span);
                return null;
            }

            foreach (CompiledString s in _scope.StringList)
            {
                _scope.Referenced.Add(s.Index);
                _scope.UseGenerally(s.Index);
            }

            return _scope.StringList.Select(s => s.Index).ToArray();
        }

        var result = new List<int>();
        foreach ((string pattern, TextSpan span) in set.Patterns)
        {
            if (pattern.EndsWith('*'))
            {
                string prefix = pattern[..^1];
                var hits = _scope.StringList.Where(s => s.Identifier != "$" || prefix == "$").Where(s => s.Identifier.StartsWith(prefix, StringComparison.Ordinal)).ToList();
                if (hits.Count == 0)
                {
                    _diagnostics.Error(DiagnosticCodes.UndefinedString, $"undefined string identifier \"{pattern}\"", _source, span);
                    return null;
                }

                foreach (CompiledString s in hits)
                {
                    _scope.Referenced.Add(s.Index);
                    _scope.UseGenerally(s.Index);
                    if (!result.Contains(s.Index))
                    {
                        result.Add(s.Index);
                    }
                }
            }
            else
            {
                int? index = ResolveString(pattern, span);
                if (index is null || index < 0)
                {
                    return null;
                }

                if (!result.Contains(index.Value))
                {
                    result.Add(index.Value);
                }
            }
        }

        return [.. result];
    }

    private int[]? ResolveRuleSet(RuleSetSyntax set)
    {
        var result = new List<int>();
        foreach ((string pattern, TextSpan span) in set.Patterns)
        {
            bool wildcard = pattern.EndsWith('*');
            string name = wildcard ? pattern[..^1] : pattern;
            var hits = _rules.Where(r => r.Namespace == _namespace && (wildcard ? r.Name.StartsWith(name, StringComparison.Ordinal) : r.Name == name))
                .Select(r => r.Index).ToList();
            if (wildcard)
            {
                _usedRuleWildcards.Add((_namespace, name));
                // libyara lets a rule's own wildcard set include the rule itself (false while it is evaluated).
                if (_currentRule.Name.StartsWith(name, StringComparison.Ordinal))
                {
                    hits.Add(_currentRule.Index);
                }
            }

            if (hits.Count == 0)
            {
                _diagnostics.Error(DiagnosticCodes.UndefinedIdentifier, $"undefined identifier \"{pattern}\"", _source, span, "rule sets may only name rules declared earlier");
                return null;
            }

            result.AddRange(hits.Where(i => !result.Contains(i)));
        }

        return [.. result];
    }

    private Quantifier? BindQuantifier(QuantifierSyntax q, int? setSize)
    {
        if (q.Expression is null)
        {
            return new Quantifier(q.Kind, null);
        }

        BoundExpr e = BindInt(q.Expression, "a quantifier");
        if (e.IsConstant && e.Eval(null!) is { Kind: ValueKind.Int } v)
        {
            if (q.Kind == QuantifierKind.Percent && (v.I < 1 || v.I > 100))
            {
                _diagnostics.Error(DiagnosticCodes.InvalidPercentage, "percentage must be between 1 and 100", _source, q.Span);
                return null;
            }

            if (q.Kind == QuantifierKind.Expression && v.I < 0)
            {
                _diagnostics.Error(DiagnosticCodes.InvalidQuantifier, "the quantifier must not be negative", _source, q.Span);
                return null;
            }

            if (q.Kind == QuantifierKind.Expression && setSize is { } n && v.I > n)
            {
                _diagnostics.Warning(DiagnosticCodes.AlwaysFalse, $"expression always false - requesting {v.I} of {n}", _source, q.Span);
            }
        }

        return new Quantifier(q.Kind, e);
    }

    private BoundExpr BindOf(OfSyntax o)
    {
        if (o.Rules is not null)
        {
            int[]? rules = ResolveRuleSet(o.Rules);
            Quantifier? rq = BindQuantifier(o.Quantifier, rules?.Length);
            return rules is null || rq is null ? ErrorExpr() : new RuleOfExpr(rq, rules);
        }

        int[]? strings = ResolveStringSet(o.Strings!);
        Quantifier? q = BindQuantifier(o.Quantifier, strings?.Length);
        BoundExpr? at = o.At is null ? null : BindInt(o.At, "'at'");
        (BoundExpr? lo, BoundExpr? hi) = BindRange(o.In);
        return strings is null || q is null ? ErrorExpr() : new StringOfExpr(q, strings, at, lo, hi);
    }

    private BoundExpr BindForOf(ForOfSyntax f)
    {
        int[]? strings = ResolveStringSet(f.Strings);
        Quantifier? q = BindQuantifier(f.Quantifier, strings?.Length);
        if (!EnterLoop(f.Span))
        {
            return ErrorExpr();
        }

        _scope.ForOfDepth++;
        BoundExpr body = BindBoolean(f.Body);
        _scope.ForOfDepth--;
        _scope.LoopDepth--;
        return strings is null || q is null ? ErrorExpr() : new ForOfExpr(q, strings, body);
    }

    private bool EnterLoop(TextSpan span)
    {
        if (_scope.LoopDepth >= MaxLoopNesting)
        {
            _diagnostics.Error(DiagnosticCodes.LoopNestingTooDeep, $"loops nested more than {MaxLoopNesting} levels", _source, span);
            return false;
        }

        _scope.LoopDepth++;
        return true;
    }
}
