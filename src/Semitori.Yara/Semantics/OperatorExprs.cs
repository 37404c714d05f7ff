using Semitori.Yara.Patterns;
using Semitori.Yara.Scanning;
using Semitori.Yara.Syntax;

namespace Semitori.Yara.Semantics;

internal sealed class AndExpr(BoundExpr left, BoundExpr right) : BoundExpr(YaraType.Bool)
{
    public override bool ReadsDataOnly => left.ReadsDataOnly && right.ReadsDataOnly;

    public BoundExpr Left => left;

    public BoundExpr Right => right;

    public override string? Key => left.Key is { } l && right.Key is { } r ? $"({l} and {r})" : null;

    // libyara: undefined operands of and/or count as false.
    public override Value Eval(ScanContext ctx) => Value.Bool(left.Eval(ctx).IsTrue && right.Eval(ctx).IsTrue);
}

internal sealed class OrExpr(BoundExpr left, BoundExpr right) : BoundExpr(YaraType.Bool)
{
    public override bool ReadsDataOnly => left.ReadsDataOnly && right.ReadsDataOnly;

    public BoundExpr Left => left;

    public BoundExpr Right => right;

    public override string? Key => left.Key is { } l && right.Key is { } r ? $"({l} or {r})" : null;

    public override Value Eval(ScanContext ctx) => Value.Bool(left.Eval(ctx).IsTrue || right.Eval(ctx).IsTrue);
}

internal sealed class NotExpr(BoundExpr operand) : BoundExpr(YaraType.Bool)
{
    public override bool ReadsDataOnly => operand.ReadsDataOnly;

    public override string? Key => operand.Key is { } o ? $"(not {o})" : null;

    public override Value Eval(ScanContext ctx)
    {
        Value v = operand.Eval(ctx);
        return v.IsUndefined ? Value.Undefined : Value.Bool(!v.IsTrue);
    }
}

internal sealed class DefinedExpr(BoundExpr operand) : BoundExpr(YaraType.Bool)
{
    public override bool ReadsDataOnly => operand.ReadsDataOnly;

    public override Value Eval(ScanContext ctx) => Value.Bool(!operand.Eval(ctx).IsUndefined);
}

internal sealed class NegateExpr(BoundExpr operand) : BoundExpr(operand.Type)
{
    public override bool ReadsDataOnly => operand.ReadsDataOnly;

    public override Value Eval(ScanContext ctx)
    {
        Value v = operand.Eval(ctx);
        return v.Kind switch
        {
            ValueKind.Int => Value.Int(unchecked(-v.I)),
            ValueKind.Float => Value.Float(-v.F),
            _ => Value.Undefined,
        };
    }
}

internal sealed class BitNotExpr(BoundExpr operand) : BoundExpr(YaraType.Int)
{
    public override bool ReadsDataOnly => operand.ReadsDataOnly;

    public override Value Eval(ScanContext ctx)
    {
        Value v = operand.Eval(ctx);
        return v.Kind == ValueKind.Int ? Value.Int(~v.I) : Value.Undefined;
    }
}

/// <summary>Arithmetic and bitwise operators on integers and floats.</summary>
internal sealed class ArithmeticExpr(TokenKind op, BoundExpr left, BoundExpr right, YaraType type) : BoundExpr(type)
{
    public override bool ReadsDataOnly => left.ReadsDataOnly && right.ReadsDataOnly;

    public override Value Eval(ScanContext ctx)
    {
        Value a = left.Eval(ctx);
        if (a.IsUndefined)
        {
            return Value.Undefined;
        }

        Value b = right.Eval(ctx);
        if (b.IsUndefined)
        {
            return Value.Undefined;
        }

        return Apply(op, a, b);
    }

    public static Value Apply(TokenKind op, Value a, Value b)
    {
        if (a.Kind == ValueKind.Float || b.Kind == ValueKind.Float)
        {
            double x = a.AsDouble, y = b.AsDouble;
            return op switch
            {
                TokenKind.Plus => Value.Float(x + y),
                TokenKind.Minus => Value.Float(x - y),
                TokenKind.Star => Value.Float(x * y),
                TokenKind.Backslash => y == 0 ? Value.Undefined : Value.Float(x / y),
                _ => Value.Undefined,
            };
        }

        long i = a.I, j = b.I;
        return op switch
        {
            TokenKind.Plus => Value.Int(unchecked(i + j)),
            TokenKind.Minus => Value.Int(unchecked(i - j)),
            TokenKind.Star => Value.Int(unchecked(i * j)),
            // Division by zero is undefined in YARA; INT64_MIN \ -1 crashes libyara, undefined here.
            TokenKind.Backslash => j == 0 || (i == long.MinValue && j == -1) ? Value.Undefined : Value.Int(i / j),
            TokenKind.Percent => j == 0 || (i == long.MinValue && j == -1) ? Value.Undefined : Value.Int(i % j),
            TokenKind.Ampersand => Value.Int(i & j),
            TokenKind.Pipe => Value.Int(i | j),
            TokenKind.Caret => Value.Int(i ^ j),
            // Shifts by 64 or more give 0 (libyara's yr_shl/yr_shr); negative counts are undefined.
            TokenKind.ShiftLeft => j < 0 ? Value.Undefined : Value.Int(j >= 64 ? 0 : i << (int)j),
            TokenKind.ShiftRight => j < 0 ? Value.Undefined : Value.Int(j >= 64 ? 0 : i >> (int)j),
            _ => Value.Undefined,
        };
    }
}

/// <summary>Comparisons of numbers (int and float mix) or of byte strings.</summary>
internal sealed class CompareExpr(TokenKind op, BoundExpr left, BoundExpr right) : BoundExpr(YaraType.Bool)
{
    public override bool ReadsDataOnly => left.ReadsDataOnly && right.ReadsDataOnly;

    public override string? Key => left.Key is { } l && right.Key is { } r ? $"({l} {op} {r})" : null;

    /// <summary>True for <c>#a &gt; c</c> (c ≥ 0), <c>#a &gt;= c</c> and <c>#a == c</c> (c ≥ 1): false when $a has no match.</summary>
    public bool CountAtLeastOne => left is StringCountExpr { IsPlainCount: true } && right is ConstantExpr { Value.Kind: ValueKind.Int } k
        && (op == TokenKind.Greater ? k.Value.I >= 0 : op is TokenKind.GreaterEqual or TokenKind.EqualEqual && k.Value.I >= 1);

    public override Value Eval(ScanContext ctx)
    {
        Value a = left.Eval(ctx);
        if (a.IsUndefined)
        {
            return Value.Undefined;
        }

        Value b = right.Eval(ctx);
        return b.IsUndefined ? Value.Undefined : Apply(op, a, b);
    }

    public static Value Apply(TokenKind op, Value a, Value b)
    {
        int c;
        if (a.Kind == ValueKind.String && b.Kind == ValueKind.String)
        {
            c = a.Bytes.AsSpan().SequenceCompareTo(b.Bytes);
        }
        else if (a.Kind == ValueKind.Float || b.Kind == ValueKind.Float)
        {
            double x = a.AsDouble, y = b.AsDouble;
            if (double.IsNaN(x) || double.IsNaN(y))
            {
                return Value.Bool(op == TokenKind.NotEqual);
            }

            c = x.CompareTo(y);
        }
        else
        {
            c = a.I.CompareTo(b.I);
        }

        return Value.Bool(op switch
        {
            TokenKind.Less => c < 0,
            TokenKind.LessEqual => c <= 0,
            TokenKind.Greater => c > 0,
            TokenKind.GreaterEqual => c >= 0,
            TokenKind.EqualEqual => c == 0,
            _ => c != 0,
        });
    }
}

/// <summary><c>contains icontains startswith istartswith endswith iendswith iequals</c>.</summary>
internal sealed class StringOperatorExpr(TokenKind op, BoundExpr left, BoundExpr right) : BoundExpr(YaraType.Bool)
{
    public override Value Eval(ScanContext ctx)
    {
        Value a = left.Eval(ctx);
        Value b = right.Eval(ctx);
        if (a.Kind != ValueKind.String || b.Kind != ValueKind.String)
        {
            return Value.Undefined;
        }

        return Value.Bool(Apply(op, a.Bytes, b.Bytes));
    }

    public static bool Apply(TokenKind op, ReadOnlySpan<byte> s, ReadOnlySpan<byte> t) => op switch
    {
        TokenKind.Contains => s.IndexOf(t) >= 0,
        TokenKind.StartsWith => s.StartsWith(t),
        TokenKind.EndsWith => s.EndsWith(t),
        TokenKind.IContains => AsciiCase.IndexOfIgnoreCase(s, t) >= 0,
        TokenKind.IStartsWith => s.Length >= t.Length && AsciiCase.EqualsIgnoreCase(s[..t.Length], t),
        TokenKind.IEndsWith => s.Length >= t.Length && AsciiCase.EqualsIgnoreCase(s[^t.Length..], t),
        TokenKind.IEquals => AsciiCase.EqualsIgnoreCase(s, t),
        _ => false,
    };
}

internal sealed class MatchesExpr(BoundExpr left, PatternMatcher matcher) : BoundExpr(YaraType.Bool)
{
    public override Value Eval(ScanContext ctx)
    {
        Value a = left.Eval(ctx);
        return a.Kind == ValueKind.String ? Value.Bool(matcher.IsMatch(a.Bytes)) : Value.Undefined;
    }
}
