using System.Text;
using Semitori.Yara.Scanning;

namespace Semitori.Yara.Semantics;

internal sealed class ModuleRootExpr(YaraType type, int slot) : BoundExpr(type)
{
    public override Value Eval(ScanContext ctx) => ModuleValues.ToValue(ctx.Modules[slot]);
}

internal sealed class FieldExpr(BoundExpr target, string name, YaraType type) : BoundExpr(type)
{
    public override Value Eval(ScanContext ctx)
    {
        Value t = target.Eval(ctx);
        return t.O is IReadOnlyDictionary<string, object?> s && s.TryGetValue(name, out object? v) ? ModuleValues.ToValue(v) : Value.Undefined;
    }
}

internal sealed class ElementExpr(BoundExpr target, BoundExpr index, YaraType type) : BoundExpr(type)
{
    public override Value Eval(ScanContext ctx)
    {
        Value t = target.Eval(ctx);
        Value i = index.Eval(ctx);
        switch (t.O)
        {
            case IReadOnlyList<object?> list when i.Kind == ValueKind.Int:
                return i.I >= 0 && i.I < list.Count ? ModuleValues.ToValue(list[(int)i.I]) : Value.Undefined;
            case IReadOnlyDictionary<string, object?> dict when i.Kind == ValueKind.String:
                return dict.TryGetValue(Encoding.Latin1.GetString(i.Bytes), out object? v) ? ModuleValues.ToValue(v) : Value.Undefined;
            default:
                return Value.Undefined;
        }
    }
}

internal sealed class CallExpr(BoundExpr? parent, FunctionOverload overload, BoundExpr[] arguments) : BoundExpr(overload.Returns)
{
    public override Value Eval(ScanContext ctx)
    {
        object? parentValue = parent?.Eval(ctx).O;
        var args = new object?[arguments.Length];
        for (int i = 0; i < arguments.Length; i++)
        {
            Value v = arguments[i].Eval(ctx);
            if (v.IsUndefined)
            {
                return Value.Undefined;
            }

            args[i] = v.Kind switch
            {
                ValueKind.Int or ValueKind.Bool => v.I,
                ValueKind.Float => v.F,
                _ => v.O,
            };
        }

        try
        {
            return ModuleValues.ToValue(overload.Implementation(new FunctionCallContext(ctx.Data, parentValue), args));
        }
        catch (Exception ex) when (ex is not ScanTimeoutException)
        {
            // A module function must never fail a scan: a bad file makes its value undefined.
            return Value.Undefined;
        }
    }
}
