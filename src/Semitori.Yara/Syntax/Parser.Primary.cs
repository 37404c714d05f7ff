using System.Globalization;
using Semitori.Diagnostics;

namespace Semitori.Yara.Syntax;

internal sealed partial class Parser
{
    private ExprSyntax ParsePrimary()
    {
        Token t = Peek();
        switch (t.Kind)
        {
            case TokenKind.True:
            case TokenKind.False:
                Next();
                return new BoolLiteralSyntax(t.Kind == TokenKind.True, t.Span);
            case TokenKind.Integer:
                Next();
                return new IntLiteralSyntax(ParseIntegerToken(t), t.Span);
            case TokenKind.Float:
                Next();
                return new FloatLiteralSyntax(double.Parse(t.Text, CultureInfo.InvariantCulture), t.Span);
            case TokenKind.Text:
                Next();
                return new TextLiteralSyntax(t.Text[1..^1], t.Span);
            case TokenKind.Regex:
                return ParseRegexLiteral();
            case TokenKind.Filesize:
                Next();
                return new FilesizeSyntax(t.Span);
            case TokenKind.Entrypoint:
                Next();
                return new EntrypointSyntax(t.Span);
            case TokenKind.LParen:
                {
                    Next();
                    ExprSyntax inner = ParseExpression();
                    Expect(TokenKind.RParen, "')'");
                    return inner;
                }

            case TokenKind.IntFunction:
                {
                    Next();
                    Expect(TokenKind.LParen, "'('");
                    ExprSyntax offset = ParseExpression();
                    Token close = Expect(TokenKind.RParen, "')'");
                    return new IntFunctionSyntax(t.Text, offset, t.Span.Union(close.Span));
                }

            case TokenKind.StringIdentifier:
                return ParseStringMatch();
            case TokenKind.StringCount:
                {
                    Next();
                    RangeSyntax? range = null;
                    if (Accept(TokenKind.In))
                    {
                        range = ParseRange();
                    }

                    return new StringCountSyntax(t.Text, range, range is null ? t.Span : t.Span.Union(range.Span));
                }

            case TokenKind.StringOffset:
            case TokenKind.StringLength:
                {
                    Next();
                    ExprSyntax? index = null;
                    TextSpan span = t.Span;
                    if (Accept(TokenKind.LBracket))
                    {
                        index = ParseExpression();
                        span = span.Union(Expect(TokenKind.RBracket, "']'").Span);
                    }

                    return new StringPropertySyntax(t.Text, t.Kind == TokenKind.StringLength, index, span);
                }

            case TokenKind.Identifier:
                Next();
                return new IdentifierSyntax(t.Text, t.Span);
            case TokenKind.All:
            case TokenKind.Any:
            case TokenKind.None:
                {
                    Next();
                    var q = new QuantifierSyntax(t.Kind switch { TokenKind.All => QuantifierKind.All, TokenKind.Any => QuantifierKind.Any, _ => QuantifierKind.None }, null, t.Span);
                    if (Peek().Kind != TokenKind.Of)
                    {
                        throw Error(Peek(), "'of'");
                    }

                    return ParseOfRest(q);
                }

            case TokenKind.For:
                return ParseFor();
            default:
                throw Error(t, "an expression");
        }
    }

    private ExprSyntax ParseStringMatch()
    {
        Token id = Next();
        if (Accept(TokenKind.At))
        {
            ExprSyntax at = ParseBinaryLevel(0);
            return new StringMatchSyntax(id.Text, at, null, id.Span.Union(at.Span));
        }

        if (Accept(TokenKind.In))
        {
            RangeSyntax range = ParseRange();
            return new StringMatchSyntax(id.Text, null, range, id.Span.Union(range.Span));
        }

        return new StringMatchSyntax(id.Text, null, null, id.Span);
    }

    private RangeSyntax ParseRange()
    {
        Token open = Expect(TokenKind.LParen, "'('");
        ExprSyntax low = ParseBinaryLevel(0);
        Expect(TokenKind.DotDot, "'..'");
        ExprSyntax high = ParseBinaryLevel(0);
        Token close = Expect(TokenKind.RParen, "')'");
        return new RangeSyntax(low, high, open.Span.Union(close.Span));
    }

    private ExprSyntax ParseOfRest(QuantifierSyntax quantifier)
    {
        Expect(TokenKind.Of, "'of'");
        StringSetSyntax? strings = null;
        RuleSetSyntax? rules = null;
        TextSpan end;
        if (Peek().Kind == TokenKind.Them)
        {
            Token them = Next();
            strings = new StringSetSyntax([], true, them.Span);
            end = them.Span;
        }
        else
        {
            Token open = Expect(TokenKind.LParen, "'them' or '('");
            if (Peek().Kind == TokenKind.Identifier)
            {
                rules = ParseRuleSet(open);
                end = rules.Span;
            }
            else
            {
                strings = ParseStringSetBody(open);
                end = strings.Span;
            }
        }

        ExprSyntax? at = null;
        RangeSyntax? range = null;
        if (strings is not null && Accept(TokenKind.At))
        {
            at = ParseBinaryLevel(0);
            end = at.Span;
        }
        else if (strings is not null && Accept(TokenKind.In))
        {
            range = ParseRange();
            end = range.Span;
        }

        return new OfSyntax(quantifier, strings, rules, at, range, quantifier.Span.Union(end));
    }

    private StringSetSyntax ParseStringSet()
    {
        if (Peek().Kind == TokenKind.Them)
        {
            Token them = Next();
            return new StringSetSyntax([], true, them.Span);
        }

        Token open = Expect(TokenKind.LParen, "'them' or '('");
        return ParseStringSetBody(open);
    }

    private StringSetSyntax ParseStringSetBody(Token open)
    {
        var patterns = new List<(string, TextSpan)>();
        do
        {
            Token t = Peek();
            if (t.Kind is not (TokenKind.StringIdentifier or TokenKind.StringIdentifierWildcard))
            {
                throw Error(t, "a string identifier");
            }

            Next();
            patterns.Add((t.Text, t.Span));
        }
        while (Accept(TokenKind.Comma));
        Token close = Expect(TokenKind.RParen, "')'");
        return new StringSetSyntax(patterns, false, open.Span.Union(close.Span));
    }

    private RuleSetSyntax ParseRuleSet(Token open)
    {
        var patterns = new List<(string, TextSpan)>();
        do
        {
            Token t = Expect(TokenKind.Identifier, "a rule name");
            string name = t.Text;
            TextSpan span = t.Span;
            if (Peek().Kind == TokenKind.Star && Peek().Span.Start == t.End)
            {
                span = span.Union(Next().Span);
                name += "*";
            }

            patterns.Add((name, span));
        }
        while (Accept(TokenKind.Comma));
        Token close = Expect(TokenKind.RParen, "')'");
        return new RuleSetSyntax(patterns, open.Span.Union(close.Span));
    }

    private ExprSyntax ParseFor()
    {
        Token forToken = Next();
        QuantifierSyntax quantifier = ParseForQuantifier();
        if (Accept(TokenKind.Of))
        {
            StringSetSyntax set = ParseStringSet();
            Expect(TokenKind.Colon, "':'");
            ExprSyntax body = ParseLoopBody();
            return new ForOfSyntax(quantifier, set, body, forToken.Span.Union(body.Span));
        }

        var variables = new List<(string, TextSpan)>();
        do
        {
            Token v = Expect(TokenKind.Identifier, "a loop variable or 'of'");
            variables.Add((v.Text, v.Span));
        }
        while (Accept(TokenKind.Comma));
        Expect(TokenKind.In, "'in'");
        ExprSyntax iterable = ParseIterable();
        Expect(TokenKind.Colon, "':'");
        ExprSyntax loopBody = ParseLoopBody();
        return new ForInSyntax(quantifier, variables, iterable, loopBody, forToken.Span.Union(loopBody.Span));
    }

    private ExprSyntax ParseLoopBody()
    {
        Token open = Expect(TokenKind.LParen, "'('");
        ExprSyntax body = ParseExpression();
        Token close = Expect(TokenKind.RParen, "')'");
        return body with { Span = open.Span.Union(close.Span) };
    }

    private QuantifierSyntax ParseForQuantifier()
    {
        Token t = Peek();
        switch (t.Kind)
        {
            case TokenKind.All:
                Next();
                return new QuantifierSyntax(QuantifierKind.All, null, t.Span);
            case TokenKind.Any:
                Next();
                return new QuantifierSyntax(QuantifierKind.Any, null, t.Span);
            case TokenKind.None:
                Next();
                return new QuantifierSyntax(QuantifierKind.None, null, t.Span);
        }

        ExprSyntax e = ParseBinaryLevel(0);
        if (Peek().Kind == TokenKind.Percent)
        {
            Token p = Next();
            return new QuantifierSyntax(QuantifierKind.Percent, e, e.Span.Union(p.Span));
        }

        return new QuantifierSyntax(QuantifierKind.Expression, e, e.Span);
    }

    private ExprSyntax ParseIterable()
    {
        if (Peek().Kind != TokenKind.LParen)
        {
            return ParsePostfix();
        }

        Token open = Next();
        ExprSyntax first = ParseBinaryLevel(0);
        if (Accept(TokenKind.DotDot))
        {
            ExprSyntax high = ParseBinaryLevel(0);
            Token close = Expect(TokenKind.RParen, "')'");
            return new RangeSyntax(first, high, open.Span.Union(close.Span));
        }

        var items = new List<ExprSyntax> { first };
        while (Accept(TokenKind.Comma))
        {
            items.Add(ParseBinaryLevel(0));
        }

        Token end = Expect(TokenKind.RParen, "')' or ','");
        return new EnumerationSyntax(items, open.Span.Union(end.Span));
    }
}
