using Semitori.Yara.Scanning;

namespace Semitori.Yara.Semantics;

/// <summary>
/// <c>for Q v1[, v2] in iterable : (body)</c> over an integer range, an enumeration, or a module
/// array/dictionary. Loop variables live in <see cref="ScanContext.Locals"/> slots the binder
/// assigned. Stops early once the outcome is decided; ticks the timeout on every iteration
/// because <c>for all i in (0..filesize)</c> is the classic slow rule.
/// </summary>
internal sealed class ForInExpr : BoundExpr
{
    private readonly Quantifier _quantifier;
    private readonly int[] _slots;
    private readonly BoundExpr? _low;
    private readonly BoundExpr? _high;
    private readonly BoundExpr[]? _items;
    private readonly BoundExpr? _collection;
    private readonly BoundExpr _body;

    public ForInExpr(Quantifier quantifier, int[] slots, BoundExpr? low, BoundExpr? high, BoundExpr[]? items, BoundExpr? collection, BoundExpr body)
        : base(YaraType.Bool)
    {
        _quantifier = quantifier;
        _slots = slots;
        _low = low;
        _high = high;
        _items = items;
        _collection = collection;
        _body = body;
    }

    public override Value Eval(ScanContext ctx)
    {
        if (_low is not null && _high is not null)
        {
            return EvalRange(ctx);
        }

        if (_items is not null)
        {
            return Count(ctx, _items.Length, i => _items[i].Eval(ctx), null);
        }

        Value c = _collection!.Eval(ctx);
        switch (c.O)
        {
            case IReadOnlyList<object?> list:
                return Count(ctx, list.Count, i => ModuleValues.ToValue(list[i]), null);
            case IReadOnlyDictionary<string, object?> dict:
                string[] keys = [.. dict.Keys];
                return Count(ctx, keys.Length, i => Value.FromHost(keys[i]), i => ModuleValues.ToValue(dict[keys[i]]));
            default:
                return Value.Undefined;
        }
    }

    private Value EvalRange(ScanContext ctx)
    {
        Value lo = _low!.Eval(ctx), hi = _high!.Eval(ctx);
        if (lo.Kind != ValueKind.Int || hi.Kind != ValueKind.Int)
        {
            return Value.Undefined;
        }

        if (hi.I < lo.I)
        {
            // libyara: a loop over an empty range is false whatever the quantifier (checked with 4.2.3).
            return Value.Undefined;
        }

        long size = hi.I - lo.I + 1;
        long? required = _quantifier.Required(ctx, (int)Math.Min(size, int.MaxValue));
        if (required is null)
        {
            return Value.Undefined;
        }

        long count = 0;
        for (long i = lo.I; i <= hi.I && i >= lo.I; i++)
        {
            ctx.Tick();
            ctx.Locals[_slots[0]] = Value.Int(i);
            if (_body.Eval(ctx).IsTrue)
            {
                count++;
            }
            else if (_quantifier.Kind == Syntax.QuantifierKind.All)
            {
                return Value.False;
            }

            if (Decided(required.Value, count, out bool result))
            {
                return Value.Bool(result);
            }

            if (i == long.MaxValue)
            {
                break;
            }
        }

        return Value.Bool(Quantifier.Satisfied(required.Value, count, _quantifier.Kind));
    }

    private Value Count(ScanContext ctx, int size, Func<int, Value> first, Func<int, Value>? second)
    {
        long? required = _quantifier.Required(ctx, size);
        if (required is null)
        {
            return Value.Undefined;
        }

        long count = 0;
        for (int i = 0; i < size; i++)
        {
            ctx.Tick();
            ctx.Locals[_slots[0]] = first(i);
            if (second is not null && _slots.Length > 1)
            {
                ctx.Locals[_slots[1]] = second(i);
            }

            if (_body.Eval(ctx).IsTrue)
            {
                count++;
            }
            else if (_quantifier.Kind == Syntax.QuantifierKind.All)
            {
                return Value.False;
            }

            if (Decided(required.Value, count, out bool result))
            {
                return Value.Bool(result);
            }
        }

        return Value.Bool(Quantifier.Satisfied(required.Value, count, _quantifier.Kind));
    }

    private bool Decided(long required, long count, out bool result)
    {
        result = false;
        if (_quantifier.Kind == Syntax.QuantifierKind.None || required == 0)
        {
            // One true body already breaks "none".
            return count > 0;
        }

        if (_quantifier.Kind != Syntax.QuantifierKind.All && count >= required)
        {
            result = true;
            return true;
        }

        return false;
    }
}
