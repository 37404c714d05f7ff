using Semitori.Diagnostics;
using Semitori.Yara.Compilation;
using Semitori.Yara.Patterns;
using Semitori.Yara.Syntax;

namespace Semitori.Yara.Semantics;

internal sealed partial class Binder
{
    private BoundExpr Bind(ExprSyntax syntax)
    {
        switch (syntax)
        {
            case BoolLiteralSyntax b:
                return new ConstantExpr(YaraType.Bool, Value.Bool(b.Value));
            case IntLiteralSyntax i:
                return new ConstantExpr(YaraType.Int, Value.Int(i.Value));
            case FloatLiteralSyntax f:
                return new ConstantExpr(YaraType.Float, Value.Float(f.Value));
            case TextLiteralSyntax t:
                return BindText(t);
            case RegexLiteralSyntax r:
                return BindRegex(r);
            case FilesizeSyntax:
                return new FilesizeExpr();
            case EntrypointSyntax e:
                _diagnostics.Warning(DiagnosticCodes.DeprecatedEntrypoint, "using deprecated \"entrypoint\" keyword. Use the \"entry_point\" field from the PE or ELF module instead", _source, e.Span);
                return new EntrypointExpr();
            case IntFunctionSyntax f:
                return BindIntFunction(f);
            case StringMatchSyntax m:
                return BindStringMatch(m);
            case StringCountSyntax c:
                return BindStringCount(c);
            case StringPropertySyntax p:
                return BindStringProperty(p);
            case UnarySyntax u:
                return BindUnary(u);
            case BinarySyntax b:
                return BindBinary(b);
            case OfSyntax o:
                return BindOf(o);
            case ForOfSyntax f:
                return BindForOf(f);
            case ForInSyntax f:
                return BindForIn(f);
            case IdentifierSyntax or MemberAccessSyntax or IndexSyntax or CallSyntax:
                return BindName(syntax);
            default:
                return Fail(DiagnosticCodes.SyntaxError, "this expression is not valid here", syntax.Span);
        }
    }

    private BoundExpr BindText(TextLiteralSyntax t)
    {
        byte[]? bytes = TextEscapes.Decode(t.Raw, out int bad);
        return bytes is null
            ? Fail(DiagnosticCodes.InvalidEscape, "illegal escape sequence", new TextSpan(t.Span.Start + 1 + bad, 2))
            : new ConstantExpr(YaraType.String, Value.String(bytes));
    }

    private BoundExpr BindRegex(RegexLiteralSyntax r)
    {
        PatternParseResult parsed = RegexParser.Parse(r.Pattern, r.Flags.Contains('i'), r.Flags.Contains('s'));
        if (parsed.Node is null)
        {
            PatternError e = parsed.Errors[0];
            return Fail(DiagnosticCodes.InvalidRegex, $"invalid regular expression: {e.Message}", new TextSpan(r.Span.Start + 1 + Math.Max(0, e.Offset), Math.Max(1, e.Length)));
        }

        PatternMatcher matcher = PatternMatcher.Create(parsed.Node, new PatternOptions(r.Flags.Contains('i'), r.Flags.Contains('s')));
        return new ConstantExpr(YaraType.Regex, Value.Object(matcher));
    }

    private BoundExpr BindInt(ExprSyntax syntax, string what)
    {
        BoundExpr e = Bind(syntax);
        if (e.Type.Kind != TypeKind.Int)
        {
            return Fail(DiagnosticCodes.WrongType, $"wrong type for {what}: expected an integer, got {e.Type}", syntax.Span);
        }

        return e;
    }

    private BoundExpr BindIntFunction(IntFunctionSyntax f)
    {
        BoundExpr offset = BindInt(f.Offset, $"the offset of {f.Function}");
        string name = f.Function;
        bool signed = !name.StartsWith('u');
        bool bigEndian = name.EndsWith("be", StringComparison.Ordinal);
        int size = name.Contains("32", StringComparison.Ordinal) ? 4 : name.Contains("16", StringComparison.Ordinal) ? 2 : 1;
        return new IntReadExpr(offset, size, signed, bigEndian);
    }

    private BoundExpr BindUnary(UnarySyntax u)
    {
        switch (u.Operator)
        {
            case TokenKind.Not:
                {
                    BoundExpr operand = BindBoolean(u.Operand);
                    return Fold(new NotExpr(operand), operand);
                }

            case TokenKind.Defined:
                return new DefinedExpr(BindBoolean(u.Operand));
            case TokenKind.Minus:
                {
                    BoundExpr operand = Bind(u.Operand);
                    if (!operand.Type.IsNumeric)
                    {
                        return Fail(DiagnosticCodes.WrongType, $"wrong type for '-': {operand.Type}", u.Operand.Span);
                    }

                    return Fold(new NegateExpr(operand), operand);
                }

            default:
                {
                    BoundExpr operand = BindInt(u.Operand, "'~'");
                    return Fold(new BitNotExpr(operand), operand);
                }
        }
    }

    private static BoundExpr Fold(BoundExpr e, params BoundExpr[] operands)
    {
        foreach (BoundExpr o in operands)
        {
            if (!o.IsConstant)
            {
                return e;
            }
        }

        return new ConstantExpr(e.Type, e.Eval(null!));
    }

    private BoundExpr BindBinary(BinarySyntax b)
    {
        switch (b.Operator)
        {
            case TokenKind.And:
            case TokenKind.Or:
                {
                    BoundExpr l = BindBoolean(b.Left), r = BindBoolean(b.Right);
                    BoundExpr e = b.Operator == TokenKind.And ? new AndExpr(l, r) : new OrExpr(l, r);
                    return Fold(e, l, r);
                }

            case TokenKind.Contains or TokenKind.IContains or TokenKind.StartsWith or TokenKind.IStartsWith
                or TokenKind.EndsWith or TokenKind.IEndsWith or TokenKind.IEquals:
                {
                    BoundExpr l = Bind(b.Left), r = Bind(b.Right);
                    if (l.Type.Kind != TypeKind.String || r.Type.Kind != TypeKind.String)
                    {
                        return Fail(DiagnosticCodes.WrongType, $"wrong type for '{StringCompiler.Word(b.Operator)}': both operands must be strings", b.Span);
                    }

                    return Fold(new StringOperatorExpr(b.Operator, l, r), l, r);
                }

            case TokenKind.Matches:
                {
                    BoundExpr l = Bind(b.Left), r = Bind(b.Right);
                    if (l.Type.Kind != TypeKind.String || r is not ConstantExpr { Value.O: PatternMatcher m })
                    {
                        return Fail(DiagnosticCodes.WrongType, "wrong type for 'matches': expected a string and a regular expression", b.Span);
                    }

                    return new MatchesExpr(l, m);
                }

            case TokenKind.EqualEqual or TokenKind.NotEqual or TokenKind.Less or TokenKind.LessEqual or TokenKind.Greater or TokenKind.GreaterEqual:
                {
                    BoundExpr l = Bind(b.Left), r = Bind(b.Right);
                    bool ok = (l.Type.IsNumeric && r.Type.IsNumeric) || (l.Type.Kind == TypeKind.String && r.Type.Kind == TypeKind.String)
                        || (l.Type.Kind == TypeKind.Bool && r.Type.Kind == TypeKind.Bool && b.Operator is TokenKind.EqualEqual or TokenKind.NotEqual);
                    if (!ok)
                    {
                        return Fail(DiagnosticCodes.WrongType, $"wrong type: cannot compare {l.Type} with {r.Type}", b.Span);
                    }

                    return Fold(new CompareExpr(b.Operator, l, r), l, r);
                }

            default:
                return BindArithmetic(b);
        }
    }

    private BoundExpr BindArithmetic(BinarySyntax b)
    {
        BoundExpr l = Bind(b.Left), r = Bind(b.Right);
        bool intOnly = b.Operator is TokenKind.Percent or TokenKind.Ampersand or TokenKind.Pipe or TokenKind.Caret or TokenKind.ShiftLeft or TokenKind.ShiftRight;
        if (intOnly ? l.Type.Kind != TypeKind.Int || r.Type.Kind != TypeKind.Int : !l.Type.IsNumeric || !r.Type.IsNumeric)
        {
            string expected = intOnly ? "integers" : "numbers";
            return Fail(DiagnosticCodes.WrongType, $"wrong type for '{OperatorText(b.Operator)}': operands must be {expected}", b.Span);
        }

        YaraType type = l.Type.Kind == TypeKind.Float || r.Type.Kind == TypeKind.Float ? YaraType.Float : YaraType.Int;
        if (l.IsConstant && r.IsConstant && type == YaraType.Int)
        {
            long x = l.Eval(null!).I, y = r.Eval(null!).I;
            if (b.Operator is TokenKind.Backslash or TokenKind.Percent && y == 0)
            {
                return Fail(DiagnosticCodes.DivisionByZero, "division by zero", b.Span);
            }

            if (Overflows(b.Operator, x, y))
            {
                return Fail(DiagnosticCodes.IntegerOverflow, $"integer overflow in '{OperatorText(b.Operator)}'", b.Span);
            }

            if (b.Operator is TokenKind.ShiftLeft or TokenKind.ShiftRight && y < 0)
            {
                return Fail(DiagnosticCodes.InvalidValue, "negative shift count", b.Right.Span);
            }
        }

        return Fold(new ArithmeticExpr(b.Operator, l, r, type), l, r);
    }

    private static bool Overflows(TokenKind op, long x, long y)
    {
        try
        {
            _ = op switch
            {
                TokenKind.Plus => checked(x + y),
                TokenKind.Minus => checked(x - y),
                // libyara checks magnitudes (yr_mul_overflow), so 2^62 * -2 overflows even though INT64_MIN fits.
                TokenKind.Star => Int128.Abs(x) * Int128.Abs(y) > long.MaxValue ? throw new OverflowException() : 0,
                TokenKind.Backslash or TokenKind.Percent when x == long.MinValue && y == -1 => throw new OverflowException(),
                _ => 0,
            };
            return false;
        }
        catch (OverflowException)
        {
            return true;
        }
    }

    private static string OperatorText(TokenKind op) => op switch
    {
        TokenKind.Plus => "+",
        TokenKind.Minus => "-",
        TokenKind.Star => "*",
        TokenKind.Backslash => "\\",
        TokenKind.Percent => "%",
        TokenKind.Ampersand => "&",
        TokenKind.Pipe => "|",
        TokenKind.Caret => "^",
        TokenKind.ShiftLeft => "<<",
        TokenKind.ShiftRight => ">>",
        _ => op.ToString(),
    };
}
