using Semitori.Diagnostics;

namespace Semitori.Yara.Syntax;

/// <summary>
/// Random-access lexer: the parser asks for the token at a position, optionally in hex-string
/// mode, because YARA's grammar is context-dependent (<c>{</c> opens a rule body or a hex
/// string). Lexing never throws; bad input becomes a <see cref="TokenKind.Bad"/> token and a
/// diagnostic.
/// </summary>
internal sealed class Lexer
{
    private readonly string _text;
    private readonly SourceText _source;
    private readonly DiagnosticBag _diagnostics;

    public Lexer(SourceText source, DiagnosticBag diagnostics)
    {
        _source = source;
        _text = source.Text;
        _diagnostics = diagnostics;
    }

    public Token Lex(int position, bool hexMode = false)
    {
        int i = SkipTrivia(position);
        if (i >= _text.Length)
        {
            return new Token(TokenKind.EndOfFile, new TextSpan(_text.Length, 0), string.Empty);
        }

        char c = _text[i];
        if (hexMode && c == '{')
        {
            return LexHex(i);
        }

        if (char.IsAsciiLetter(c) || c == '_')
        {
            int j = i + 1;
            while (j < _text.Length && (char.IsAsciiLetterOrDigit(_text[j]) || _text[j] == '_'))
            {
                j++;
            }

            string word = _text[i..j];
            return Make(Keywords.Classify(word), i, j);
        }

        if (char.IsAsciiDigit(c))
        {
            return LexNumber(i);
        }

        switch (c)
        {
            case '!' when i + 1 < _text.Length && _text[i + 1] == '=':
                return Make(TokenKind.NotEqual, i, i + 2);
            case '$':
            case '#':
            case '@':
            case '!':
                return LexStringReference(i);
            case '"':
                return LexText(i);
            case '/':
                return LexRegex(i);
        }

        return LexPunctuation(i);
    }

    private Token Make(TokenKind kind, int start, int end) => new(kind, TextSpan.FromBounds(start, end), _text[start..end]);

    private int SkipTrivia(int i)
    {
        while (i < _text.Length)
        {
            char c = _text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '/' && i + 1 < _text.Length && _text[i + 1] == '/')
            {
                while (i < _text.Length && _text[i] != '\n')
                {
                    i++;
                }
            }
            else if (c == '/' && i + 1 < _text.Length && _text[i + 1] == '*')
            {
                int end = _text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    _diagnostics.Error(DiagnosticCodes.UnterminatedComment, "unterminated comment", _source, new TextSpan(i, 2));
                    return _text.Length;
                }

                i = end + 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private Token LexNumber(int i)
    {
        int j = i;
        if (_text[j] == '0' && j + 1 < _text.Length && (_text[j + 1] == 'x' || _text[j + 1] == 'X'))
        {
            j += 2;
            while (j < _text.Length && char.IsAsciiHexDigit(_text[j]))
            {
                j++;
            }

            return Make(TokenKind.Integer, i, j);
        }

        if (_text[j] == '0' && j + 1 < _text.Length && _text[j + 1] == 'o')
        {
            j += 2;
            while (j < _text.Length && _text[j] is >= '0' and <= '7')
            {
                j++;
            }

            return Make(TokenKind.Integer, i, j);
        }

        while (j < _text.Length && char.IsAsciiDigit(_text[j]))
        {
            j++;
        }

        if (j + 1 < _text.Length && _text[j] == '.' && char.IsAsciiDigit(_text[j + 1]))
        {
            j++;
            while (j < _text.Length && char.IsAsciiDigit(_text[j]))
            {
                j++;
            }

            return Make(TokenKind.Float, i, j);
        }

        if (j + 1 < _text.Length && (_text.AsSpan(j, 2).SequenceEqual("KB") || _text.AsSpan(j, 2).SequenceEqual("MB")))
        {
            j += 2;
        }

        return Make(TokenKind.Integer, i, j);
    }

    private Token LexStringReference(int i)
    {
        char sigil = _text[i];
        int j = i + 1;
        while (j < _text.Length && (char.IsAsciiLetterOrDigit(_text[j]) || _text[j] == '_'))
        {
            j++;
        }

        if (sigil == '$' && j < _text.Length && _text[j] == '*')
        {
            return Make(TokenKind.StringIdentifierWildcard, i, j + 1);
        }

        TokenKind kind = sigil switch
        {
            '$' => TokenKind.StringIdentifier,
            '#' => TokenKind.StringCount,
            '@' => TokenKind.StringOffset,
            _ => TokenKind.StringLength,
        };
        return Make(kind, i, j);
    }

    private Token LexText(int i)
    {
        int j = i + 1;
        while (j < _text.Length && _text[j] != '"' && _text[j] != '\n')
        {
            j += _text[j] == '\\' && j + 1 < _text.Length && _text[j + 1] != '\n' ? 2 : 1;
        }

        if (j >= _text.Length || _text[j] != '"')
        {
            _diagnostics.Error(DiagnosticCodes.UnterminatedString, "unterminated string", _source, TextSpan.FromBounds(i, j), "close the string with '\"' on the same line");
            return Make(TokenKind.Bad, i, j);
        }

        return Make(TokenKind.Text, i, j + 1);
    }

    private Token LexRegex(int i)
    {
        int j = i + 1;
        while (j < _text.Length && _text[j] != '/' && _text[j] != '\n')
        {
            j += _text[j] == '\\' && j + 1 < _text.Length && _text[j + 1] != '\n' ? 2 : 1;
        }

        if (j >= _text.Length || _text[j] != '/')
        {
            _diagnostics.Error(DiagnosticCodes.UnterminatedRegex, "unterminated regular expression", _source, TextSpan.FromBounds(i, j), "close the regular expression with '/' on the same line");
            return Make(TokenKind.Bad, i, j);
        }

        j++;
        while (j < _text.Length && (_text[j] == 'i' || _text[j] == 's'))
        {
            j++;
        }

        return Make(TokenKind.Regex, i, j);
    }

    /// <summary>
    /// A hex string runs to the first <c>}</c> outside a comment; libyara's lexer allows both
    /// comment forms inside hex strings.
    /// </summary>
    private Token LexHex(int i)
    {
        int j = i + 1;
        while (j < _text.Length && _text[j] != '}')
        {
            if (_text[j] == '/' && j + 1 < _text.Length && _text[j + 1] == '/')
            {
                while (j < _text.Length && _text[j] != '\n')
                {
                    j++;
                }
            }
            else if (_text[j] == '/' && j + 1 < _text.Length && _text[j + 1] == '*')
            {
                int end = _text.IndexOf("*/", j + 2, StringComparison.Ordinal);
                j = end < 0 ? _text.Length : end + 2;
            }
            else
            {
                j++;
            }
        }

        if (j >= _text.Length)
        {
            _diagnostics.Error(DiagnosticCodes.UnterminatedHex, "unterminated hex string", _source, new TextSpan(i, 1), "close the hex string with '}'");
            return Make(TokenKind.Bad, i, _text.Length);
        }

        return Make(TokenKind.HexString, i, j + 1);
    }

    private Token LexPunctuation(int i)
    {
        char c = _text[i];
        char n = i + 1 < _text.Length ? _text[i + 1] : '\0';
        (TokenKind kind, int length) = c switch
        {
            '{' => (TokenKind.LBrace, 1),
            '}' => (TokenKind.RBrace, 1),
            '(' => (TokenKind.LParen, 1),
            ')' => (TokenKind.RParen, 1),
            '[' => (TokenKind.LBracket, 1),
            ']' => (TokenKind.RBracket, 1),
            ':' => (TokenKind.Colon, 1),
            ',' => (TokenKind.Comma, 1),
            '.' when n == '.' => (TokenKind.DotDot, 2),
            '.' => (TokenKind.Dot, 1),
            '+' => (TokenKind.Plus, 1),
            '-' => (TokenKind.Minus, 1),
            '*' => (TokenKind.Star, 1),
            '\\' => (TokenKind.Backslash, 1),
            '%' => (TokenKind.Percent, 1),
            '&' => (TokenKind.Ampersand, 1),
            '|' => (TokenKind.Pipe, 1),
            '^' => (TokenKind.Caret, 1),
            '~' => (TokenKind.Tilde, 1),
            '<' when n == '<' => (TokenKind.ShiftLeft, 2),
            '<' when n == '=' => (TokenKind.LessEqual, 2),
            '<' => (TokenKind.Less, 1),
            '>' when n == '>' => (TokenKind.ShiftRight, 2),
            '>' when n == '=' => (TokenKind.GreaterEqual, 2),
            '>' => (TokenKind.Greater, 1),
            '=' when n == '=' => (TokenKind.EqualEqual, 2),
            '=' => (TokenKind.Equals, 1),
            _ => (TokenKind.Bad, 1),
        };

        if (kind == TokenKind.Bad)
        {
            _diagnostics.Error(DiagnosticCodes.UnexpectedCharacter, $"unexpected character '{c}'", _source, new TextSpan(i, 1));
        }

        return Make(kind, i, i + length);
    }
}
