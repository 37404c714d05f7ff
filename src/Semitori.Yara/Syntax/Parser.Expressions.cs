using Semitori.Diagnostics;

namespace Semitori.Yara.Syntax;

/// <summary>
/// Expressions, by libyara's precedence (grammar.y, low to high): or; and; not/defined;
/// == != contains icontains startswith istartswith endswith iendswith iequals matches;
/// &lt; &lt;= &gt; &gt;=; |; ^; &amp;; &lt;&lt; &gt;&gt;; + -; * \ %; unary - ~.
/// </summary>
internal sealed partial class Parser
{
    private ExprSyntax ParseExpression()
    {
        EnterNesting(Peek());
        try
        {
            return ParseOr();
        }
        finally
        {
            ExitNesting();
        }
    }

    private ExprSyntax ParseOr()
    {
        ExprSyntax left = ParseAnd();
        while (Peek().Kind == TokenKind.Or)
        {
            Next();
            ExprSyntax right = ParseAnd();
            left = new BinarySyntax(TokenKind.Or, left, right, left.Span.Union(right.Span));
        }

        return left;
    }

    private ExprSyntax ParseAnd()
    {
        ExprSyntax left = ParseNot();
        while (Peek().Kind == TokenKind.And)
        {
            Next();
            ExprSyntax right = ParseNot();
            left = new BinarySyntax(TokenKind.And, left, right, left.Span.Union(right.Span));
        }

        return left;
    }

    private ExprSyntax ParseNot()
    {
        Token t = Peek();
        if (t.Kind is TokenKind.Not or TokenKind.Defined)
        {
            Next();
            EnterNesting(t);
            try
            {
                ExprSyntax operand = ParseNot();
                return new UnarySyntax(t.Kind, operand, t.Span.Union(operand.Span));
            }
            finally
            {
                ExitNesting();
            }
        }

        return ParseEquality();
    }

    private static bool IsEqualityOperator(TokenKind k) => k is TokenKind.EqualEqual or TokenKind.NotEqual or TokenKind.Contains
        or TokenKind.IContains or TokenKind.StartsWith or TokenKind.IStartsWith or TokenKind.EndsWith or TokenKind.IEndsWith
        or TokenKind.IEquals or TokenKind.Matches;

    private ExprSyntax ParseEquality()
    {
        ExprSyntax left = ParseRelational();
        while (IsEqualityOperator(Peek().Kind))
        {
            TokenKind op = Next().Kind;
            ExprSyntax right;
            if (op == TokenKind.Matches)
            {
                Token re = Expect(TokenKind.Regex, "a regular expression");
                int close = re.Text.LastIndexOf('/');
                right = new RegexLiteralSyntax(re.Text[1..close], re.Text[(close + 1)..], re.Span);
            }
            else
            {
                right = ParseRelational();
            }

            left = new BinarySyntax(op, left, right, left.Span.Union(right.Span));
        }

        return left;
    }

    private ExprSyntax ParseRelational()
    {
        ExprSyntax left = MaybeOf(ParseBinaryLevel(0));
        while (Peek().Kind is TokenKind.Less or TokenKind.LessEqual or TokenKind.Greater or TokenKind.GreaterEqual)
        {
            TokenKind op = Next().Kind;
            ExprSyntax right = MaybeOf(ParseBinaryLevel(0));
            left = new BinarySyntax(op, left, right, left.Span.Union(right.Span));
        }

        return left;
    }

    private static readonly TokenKind[][] BinaryLevels =
    [
        [TokenKind.Pipe],
        [TokenKind.Caret],
        [TokenKind.Ampersand],
        [TokenKind.ShiftLeft, TokenKind.ShiftRight],
        [TokenKind.Plus, TokenKind.Minus],
        [TokenKind.Star, TokenKind.Backslash, TokenKind.Percent],
    ];

    private ExprSyntax ParseBinaryLevel(int level)
    {
        if (level == BinaryLevels.Length)
        {
            return ParseUnary();
        }

        ExprSyntax left = ParseBinaryLevel(level + 1);
        while (Array.IndexOf(BinaryLevels[level], Peek().Kind) >= 0)
        {
            Token op = Peek();
            // "N% of set": the percent sign belongs to the quantifier, not to a modulo.
            if (op.Kind == TokenKind.Percent && PeekAfter(op).Kind == TokenKind.Of)
            {
                break;
            }

            Next();
            ExprSyntax right = ParseBinaryLevel(level + 1);
            left = new BinarySyntax(op.Kind, left, right, left.Span.Union(right.Span));
        }

        return left;
    }

    private ExprSyntax ParseUnary()
    {
        Token t = Peek();
        if (t.Kind is TokenKind.Minus or TokenKind.Tilde)
        {
            Next();
            EnterNesting(t);
            try
            {
                ExprSyntax operand = ParseUnary();
                if (t.Kind == TokenKind.Minus && operand is IntLiteralSyntax lit)
                {
                    return new IntLiteralSyntax(unchecked(-lit.Value), t.Span.Union(lit.Span));
                }

                if (t.Kind == TokenKind.Minus && operand is FloatLiteralSyntax f)
                {
                    return new FloatLiteralSyntax(-f.Value, t.Span.Union(f.Span));
                }

                return new UnarySyntax(t.Kind, operand, t.Span.Union(operand.Span));
            }
            finally
            {
                ExitNesting();
            }
        }

        return ParsePostfix();
    }

    /// <summary>An expression followed by <c>of</c> (or <c>% of</c>) is a quantifier.</summary>
    private ExprSyntax MaybeOf(ExprSyntax primary)
    {
        Token t = Peek();
        if (t.Kind == TokenKind.Percent && PeekAfter(t).Kind == TokenKind.Of)
        {
            Next();
            return ParseOfRest(new QuantifierSyntax(QuantifierKind.Percent, primary, primary.Span.Union(t.Span)));
        }

        if (t.Kind == TokenKind.Of)
        {
            return ParseOfRest(new QuantifierSyntax(QuantifierKind.Expression, primary, primary.Span));
        }

        return primary;
    }

    private ExprSyntax ParsePostfix()
    {
        ExprSyntax expr = ParsePrimary();
        while (true)
        {
            Token t = Peek();
            if (t.Kind == TokenKind.Dot && expr is IdentifierSyntax or MemberAccessSyntax or IndexSyntax or CallSyntax)
            {
                Next();
                Token member = Expect(TokenKind.Identifier, "a field name");
                expr = new MemberAccessSyntax(expr, member.Text, expr.Span.Union(member.Span));
            }
            else if (t.Kind == TokenKind.LBracket && expr is IdentifierSyntax or MemberAccessSyntax or IndexSyntax or CallSyntax)
            {
                Next();
                ExprSyntax index = ParseExpression();
                Token close = Expect(TokenKind.RBracket, "']'");
                expr = new IndexSyntax(expr, index, expr.Span.Union(close.Span));
            }
            else if (t.Kind == TokenKind.LParen && expr is IdentifierSyntax or MemberAccessSyntax)
            {
                Next();
                var args = new List<ExprSyntax>();
                if (Peek().Kind != TokenKind.RParen)
                {
                    do
                    {
                        args.Add(Peek().Kind == TokenKind.Regex ? ParseRegexLiteral() : ParseExpression());
                    }
                    while (Accept(TokenKind.Comma));
                }

                Token close = Expect(TokenKind.RParen, "')'");
                expr = new CallSyntax(expr, args, expr.Span.Union(close.Span));
            }
            else
            {
                return expr;
            }
        }
    }

    private RegexLiteralSyntax ParseRegexLiteral()
    {
        Token re = Next();
        int close = re.Text.LastIndexOf('/');
        return new RegexLiteralSyntax(re.Text[1..close], re.Text[(close + 1)..], re.Span);
    }
}
