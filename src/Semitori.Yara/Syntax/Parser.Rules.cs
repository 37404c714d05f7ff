using Semitori.Diagnostics;

namespace Semitori.Yara.Syntax;

internal sealed partial class Parser
{
    private RuleSyntax ParseRule()
    {
        bool isPrivate = false;
        bool isGlobal = false;
        while (Peek().Kind is TokenKind.Private or TokenKind.Global)
        {
            Token modifier = Next();
            // libyara accepts a repeated modifier; YARA-X rejects it. We accept, as 4.x does.
            isPrivate |= modifier.Kind == TokenKind.Private;
            isGlobal |= modifier.Kind == TokenKind.Global;
        }

        Expect(TokenKind.Rule, "'rule'");
        Token name = Expect(TokenKind.Identifier, "a rule name");
        var tags = new List<(string, TextSpan)>();
        if (Accept(TokenKind.Colon))
        {
            while (Peek().Kind == TokenKind.Identifier)
            {
                Token tag = Next();
                tags.Add((tag.Text, tag.Span));
            }

            if (tags.Count == 0)
            {
                throw Error(Peek(), "a tag name");
            }
        }

        Expect(TokenKind.LBrace, "'{'");
        var meta = new List<MetaSyntax>();
        var strings = new List<StringSyntax>();
        if (Accept(TokenKind.Meta))
        {
            Expect(TokenKind.Colon, "':'");
            while (Peek().Kind == TokenKind.Identifier)
            {
                meta.Add(ParseMeta());
            }
        }

        if (Accept(TokenKind.Strings))
        {
            Expect(TokenKind.Colon, "':'");
            while (Peek().Kind == TokenKind.StringIdentifier)
            {
                strings.Add(ParseString());
            }

            if (strings.Count == 0)
            {
                throw Error(Peek(), "a string definition");
            }
        }

        Expect(TokenKind.Condition, "'condition'");
        Expect(TokenKind.Colon, "':'");
        ExprSyntax condition = ParseExpression();
        Expect(TokenKind.RBrace, "'}'");
        return new RuleSyntax(name.Text, name.Span, isPrivate, isGlobal, tags, meta, strings, condition, _source, _imports.ToArray());
    }

    private MetaSyntax ParseMeta()
    {
        Token key = Next();
        Expect(TokenKind.Equals, "'='");
        Token value = Peek();
        object v;
        switch (value.Kind)
        {
            case TokenKind.Text:
                Next();
                v = value.Text[1..^1];
                break;
            case TokenKind.Integer:
                Next();
                v = ParseIntegerToken(value);
                break;
            case TokenKind.Minus:
                Next();
                Token number = Expect(TokenKind.Integer, "an integer");
                v = -ParseIntegerToken(number);
                break;
            case TokenKind.True:
            case TokenKind.False:
                Next();
                v = value.Kind == TokenKind.True;
                break;
            default:
                throw Error(value, "a string, an integer, true or false");
        }

        return new MetaSyntax(key.Text, v, key.Span.Union(value.Span));
    }

    private StringSyntax ParseString()
    {
        Token id = Next();
        Expect(TokenKind.Equals, "'='");
        Token value = _lexer.Lex(_position, hexMode: true);
        _position = value.End;
        _peeked = null;
        StringKind kind;
        string raw;
        string flags = string.Empty;
        TextSpan valueSpan;
        switch (value.Kind)
        {
            case TokenKind.Text:
                kind = StringKind.Text;
                raw = value.Text[1..^1];
                valueSpan = new TextSpan(value.Span.Start + 1, raw.Length);
                break;
            case TokenKind.HexString:
                kind = StringKind.Hex;
                raw = value.Text[1..^1];
                valueSpan = new TextSpan(value.Span.Start + 1, raw.Length);
                break;
            case TokenKind.Regex:
                kind = StringKind.Regex;
                int close = value.Text.LastIndexOf('/');
                raw = value.Text[1..close];
                flags = value.Text[(close + 1)..];
                valueSpan = new TextSpan(value.Span.Start + 1, raw.Length);
                break;
            default:
                throw Error(value, "a text string, a hex string or a regular expression");
        }

        var modifiers = new List<ModifierSyntax>();
        while (true)
        {
            Token m = Peek();
            switch (m.Kind)
            {
                case TokenKind.Ascii:
                case TokenKind.Wide:
                case TokenKind.Nocase:
                case TokenKind.Fullword:
                case TokenKind.Private:
                    Next();
                    modifiers.Add(new ModifierSyntax(m.Kind, m.Span));
                    continue;
                case TokenKind.Xor:
                    Next();
                    modifiers.Add(ParseXorModifier(m));
                    continue;
                case TokenKind.Base64:
                case TokenKind.Base64Wide:
                    Next();
                    if (Accept(TokenKind.LParen))
                    {
                        Token alphabet = Expect(TokenKind.Text, "a base64 alphabet in quotes");
                        Token close = Expect(TokenKind.RParen, "')'");
                        modifiers.Add(new ModifierSyntax(m.Kind, m.Span.Union(close.Span), TextArg: alphabet.Text[1..^1], TextArgSpan: alphabet.Span));
                    }
                    else
                    {
                        modifiers.Add(new ModifierSyntax(m.Kind, m.Span));
                    }

                    continue;
            }

            break;
        }

        return new StringSyntax(id.Text, id.Span, kind, raw, valueSpan, flags, modifiers);
    }

    private ModifierSyntax ParseXorModifier(Token m)
    {
        if (!Accept(TokenKind.LParen))
        {
            return new ModifierSyntax(TokenKind.Xor, m.Span);
        }

        ExprSyntax low = ParseXorBound();
        ExprSyntax? high = null;
        if (Accept(TokenKind.Minus))
        {
            high = ParseXorBound();
        }

        Token close = Expect(TokenKind.RParen, "')'");
        return new ModifierSyntax(TokenKind.Xor, m.Span.Union(close.Span), low, high);
    }

    private ExprSyntax ParseXorBound()
    {
        Token t = Expect(TokenKind.Integer, "an integer between 0 and 255");
        return new IntLiteralSyntax(ParseIntegerToken(t), t.Span);
    }
}
