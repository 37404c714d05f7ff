using Semitori.Diagnostics;
using Semitori.Yara.Syntax;

namespace Semitori.Yara.Semantics;

internal sealed partial class Binder
{
    private BoundExpr BindName(ExprSyntax syntax)
    {
        switch (syntax)
        {
            case IdentifierSyntax id:
                return BindIdentifier(id);
            case MemberAccessSyntax m:
                {
                    BoundExpr target = BindName(m.Target);
                    if (target.Type.Kind != TypeKind.Struct)
                    {
                        return target is ConstantExpr { Value.IsUndefined: true } ? target : Fail(DiagnosticCodes.WrongType, $"'{m.Member}': {target.Type} has no fields", m.Span);
                    }

                    if (!target.Type.Fields.TryGetValue(m.Member, out YaraType? type))
                    {
                        return Fail(DiagnosticCodes.InvalidModuleField, $"invalid field name \"{m.Member}\"", m.Span);
                    }

                    return type.Kind == TypeKind.Function ? new FunctionRefExpr(target, type) : new FieldExpr(target, m.Member, type);
                }

            case IndexSyntax ix:
                {
                    BoundExpr target = BindName(ix.Target);
                    BoundExpr index = Bind(ix.Index);
                    if (target.Type.Kind == TypeKind.Array && index.Type.Kind == TypeKind.Int)
                    {
                        return new ElementExpr(target, index, target.Type.Element!);
                    }

                    if (target.Type.Kind == TypeKind.Dictionary && index.Type.Kind == TypeKind.String)
                    {
                        return new ElementExpr(target, index, target.Type.Element!);
                    }

                    return Fail(DiagnosticCodes.WrongType, $"cannot index {target.Type} with {index.Type}", ix.Span);
                }

            case CallSyntax call:
                return BindCall(call);
            default:
                return Fail(DiagnosticCodes.SyntaxError, "expected a name", syntax.Span);
        }
    }

    private BoundExpr BindIdentifier(IdentifierSyntax id)
    {
        if (_scope.Find(id.Name) is { } local)
        {
            return local;
        }

        if (_externals.TryGetValue(id.Name, out var external))
        {
            return new ExternalExpr(external.Type, external.Slot);
        }

        if (_ruleIndex.TryGetValue((_namespace, id.Name), out int rule))
        {
            return new RuleRefExpr(rule);
        }

        if (_imports.Contains(id.Name) && _availableModules.TryGetValue(id.Name, out var module) && _moduleSlots.TryGetValue(id.Name, out int slot))
        {
            return new ModuleRootExpr(module.Declaration, slot);
        }

        return Fail(DiagnosticCodes.UndefinedIdentifier, $"undefined identifier \"{id.Name}\"", id.Span,
            _availableModules.ContainsKey(id.Name) ? $"add 'import \"{id.Name}\"' at the top of the file" : null);
    }

    private BoundExpr BindCall(CallSyntax call)
    {
        BoundExpr target = BindName(call.Target);
        if (target is not FunctionRefExpr function)
        {
            return target is ConstantExpr { Value.IsUndefined: true } ? target : Fail(DiagnosticCodes.WrongType, "this is not a function", call.Target.Span);
        }

        var args = call.Arguments.Select(Bind).ToArray();
        string signature = string.Concat(args.Select(a => a.Type.Kind switch
        {
            TypeKind.Int or TypeKind.Bool => "i",
            TypeKind.Float => "f",
            TypeKind.String => "s",
            TypeKind.Regex => "r",
            _ => "?",
        }));
        FunctionOverload? overload = function.Type.Overloads.FirstOrDefault(o => o.Parameters == signature)
            ?? function.Type.Overloads.FirstOrDefault(o => Compatible(o.Parameters, signature));
        if (overload is null)
        {
            string known = string.Join(", ", function.Type.Overloads.Select(o => $"({o.Parameters})"));
            return Fail(DiagnosticCodes.WrongArguments, $"wrong arguments for this function: ({signature}); it takes {known}", call.Span,
                "i = integer, f = float, s = string, r = regular expression");
        }

        return new CallExpr(function.Parent, overload, args);
    }

    /// <summary>Integers are accepted where floats are declared, as libyara casts them.</summary>
    private static bool Compatible(string declared, string actual) =>
        declared.Length == actual.Length && declared.Zip(actual).All(p => p.First == p.Second || (p.First == 'f' && p.Second == 'i'));

    private BoundExpr BindForIn(ForInSyntax f)
    {
        if (!EnterLoop(f.Span))
        {
            return ErrorExpr();
        }

        try
        {
            return BindForInBody(f);
        }
        finally
        {
            _scope.LoopDepth--;
        }
    }

    private BoundExpr BindForInBody(ForInSyntax f)
    {
        BoundExpr? lo = null, hi = null, collection = null;
        BoundExpr[]? items = null;
        var variableTypes = new List<YaraType>();
        int? size = null;
        switch (f.Iterable)
        {
            case RangeSyntax r:
                lo = BindInt(r.Low, "a range bound");
                hi = BindInt(r.High, "a range bound");
                variableTypes.Add(YaraType.Int);
                if (lo.IsConstant && hi.IsConstant && lo.Eval(null!) is { Kind: ValueKind.Int } l && hi.Eval(null!) is { Kind: ValueKind.Int } h && l.I > h.I)
                {
                    return Fail(DiagnosticCodes.InvalidRange, "invalid range: the lower bound is greater than the upper bound", r.Span);
                }

                break;
            case EnumerationSyntax e:
                items = e.Items.Select(Bind).ToArray();
                YaraType first = items[0].Type;
                if (items.Any(i => i.Type.Kind != first.Kind) || first.Kind is not (TypeKind.Int or TypeKind.String))
                {
                    return Fail(DiagnosticCodes.WrongType, "an enumeration must hold only integers or only strings", e.Span);
                }

                variableTypes.Add(first);
                size = items.Length;
                break;
            default:
                collection = BindName(f.Iterable);
                if (collection.Type.Kind == TypeKind.Array)
                {
                    variableTypes.Add(collection.Type.Element!);
                }
                else if (collection.Type.Kind == TypeKind.Dictionary)
                {
                    variableTypes.Add(YaraType.String);
                    variableTypes.Add(collection.Type.Element!);
                }
                else
                {
                    return collection is ConstantExpr { Value.IsUndefined: true } ? collection : Fail(DiagnosticCodes.WrongType, $"cannot iterate over {collection.Type}", f.Iterable.Span);
                }

                break;
        }

        if (f.Variables.Count != variableTypes.Count)
        {
            return Fail(DiagnosticCodes.WrongArguments, $"this loop takes {variableTypes.Count} variable(s), not {f.Variables.Count}", f.Span);
        }

        Quantifier? q = BindQuantifier(f.Quantifier, size);
        var slots = new int[f.Variables.Count];
        for (int i = 0; i < f.Variables.Count; i++)
        {
            (string name, TextSpan span) = f.Variables[i];
            if (_scope.Find(name) is not null || _externals.ContainsKey(name) || f.Variables.Take(i).Any(v => v.Name == name))
            {
                _diagnostics.Error(DiagnosticCodes.DuplicateLoopVariable, $"duplicated loop variable \"{name}\"", _source, span);
            }

            slots[i] = _scope.NextSlot++;
            _scope.MaxSlots = Math.Max(_scope.MaxSlots, _scope.NextSlot);
            _scope.Push(name, new LocalExpr(variableTypes[i], slots[i]));
        }

        BoundExpr body = BindBoolean(f.Body);
        _scope.Pop(slots.Length);
        _scope.NextSlot -= slots.Length;
        return q is null ? ErrorExpr() : new ForInExpr(q, slots, lo, hi, items, collection, body);
    }
}

/// <summary>A module function named but not yet called; only valid as the target of a call.</summary>
internal sealed class FunctionRefExpr(BoundExpr parent, YaraType type) : BoundExpr(type)
{
    public BoundExpr Parent { get; } = parent;

    public override Value Eval(Scanning.ScanContext ctx) => Value.Undefined;
}
