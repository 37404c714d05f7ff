using System.Globalization;
using Semitori.Diagnostics;

namespace Semitori.Yara.Syntax;

/// <summary>
/// Recursive-descent parser for YARA rule files. Error-tolerant: a syntax error abandons the
/// current rule, records a diagnostic and resumes at the next <c>rule</c>, so every error of a
/// file is reported in one run. Nesting is capped (<see cref="MaxNestingDepth"/>) because a
/// hostile rule of a million parentheses must not overflow the stack.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>Expressions nested deeper than this are rejected (libyara's parser stack is smaller still).</summary>
    public const int MaxNestingDepth = 200;

    /// <summary>After this many syntax errors in one file the parser stops; the rest is noise.</summary>
    public const int MaxErrorsPerFile = 100;

    private readonly SourceText _source;
    private readonly Lexer _lexer;
    private readonly DiagnosticBag _diagnostics;
    private readonly Func<string, TextSpan, SourceText, IReadOnlyList<RuleSyntax>>? _includeResolver;
    private readonly List<string> _imports = [];
    private int _position;
    private Token? _peeked;
    private int _depth;
    private int _errors;

    public Parser(SourceText source, DiagnosticBag diagnostics, Func<string, TextSpan, SourceText, IReadOnlyList<RuleSyntax>>? includeResolver = null)
    {
        _source = source;
        _diagnostics = diagnostics;
        _lexer = new Lexer(source, diagnostics);
        _includeResolver = includeResolver;
    }

    public RuleFileSyntax ParseFile()
    {
        var imports = new List<ImportSyntax>();
        var rules = new List<RuleSyntax>();
        while (Peek().Kind != TokenKind.EndOfFile && _errors < MaxErrorsPerFile)
        {
            int before = _position;
            try
            {
                ParseTopLevel(imports, rules);
            }
            catch (SyntaxErrorException)
            {
                Recover(before);
            }
        }

        if (_errors >= MaxErrorsPerFile)
        {
            _diagnostics.Error(DiagnosticCodes.TooManyErrors, "too many errors; stopped parsing this file", _source, new TextSpan(_position, 0));
        }

        return new RuleFileSyntax(_source, imports, rules);
    }

    private void ParseTopLevel(List<ImportSyntax> imports, List<RuleSyntax> rules)
    {
        Token token = Peek();
        switch (token.Kind)
        {
            case TokenKind.Import:
                Next();
                Token module = Expect(TokenKind.Text, "a module name in quotes");
                string name = module.Text[1..^1];
                imports.Add(new ImportSyntax(name, token.Span.Union(module.Span)));
                _imports.Add(name);
                break;
            case TokenKind.Include:
                Next();
                Token path = Expect(TokenKind.Text, "a file name in quotes");
                if (_includeResolver is null)
                {
                    _diagnostics.Error(DiagnosticCodes.IncludesDisabled, "includes are not allowed here", _source, token.Span.Union(path.Span));
                }
                else
                {
                    rules.AddRange(_includeResolver(path.Text[1..^1], token.Span.Union(path.Span), _source));
                }

                break;
            case TokenKind.Rule:
            case TokenKind.Private:
            case TokenKind.Global:
                rules.Add(ParseRule());
                break;
            default:
                throw Error(token, "'rule', 'import' or 'include'");
        }
    }

    private void Recover(int before)
    {
        // Skip at least one token, then up to the next rule header.
        if (_position == before)
        {
            Next();
        }

        while (true)
        {
            Token t = Peek();
            if (t.Kind is TokenKind.EndOfFile or TokenKind.Rule or TokenKind.Private or TokenKind.Global or TokenKind.Import or TokenKind.Include)
            {
                if (t.Kind is TokenKind.Private or TokenKind.Global && !LooksLikeRuleHeader())
                {
                    Next();
                    continue;
                }

                return;
            }

            Next();
        }
    }

    private bool LooksLikeRuleHeader()
    {
        int save = _position;
        Token? savePeek = _peeked;
        while (Peek().Kind is TokenKind.Private or TokenKind.Global)
        {
            Next();
        }

        bool result = Peek().Kind == TokenKind.Rule;
        _position = save;
        _peeked = savePeek;
        return result;
    }

    private Token Peek()
    {
        _peeked ??= _lexer.Lex(_position);
        return _peeked.Value;
    }

    private Token PeekAfter(Token token) => _lexer.Lex(token.End);

    private Token Next()
    {
        Token t = Peek();
        _position = t.End;
        _peeked = null;
        if (t.Kind == TokenKind.EndOfFile)
        {
            // Never loop forever at the end of a file.
            _position = _source.Text.Length;
        }

        return t;
    }

    private bool Accept(TokenKind kind)
    {
        if (Peek().Kind != kind)
        {
            return false;
        }

        Next();
        return true;
    }

    private Token Expect(TokenKind kind, string what)
    {
        Token t = Peek();
        if (t.Kind != kind)
        {
            throw Error(t, what);
        }

        return Next();
    }

    private SyntaxErrorException Error(Token found, string expected)
    {
        if (found.Kind != TokenKind.Bad)
        {
            string what = found.Kind == TokenKind.EndOfFile ? "end of file" : $"'{found.Text}'";
            _diagnostics.Error(DiagnosticCodes.SyntaxError, $"syntax error, unexpected {what}, expecting {expected}", _source, found.Span);
        }

        _errors++;
        return new SyntaxErrorException();
    }

    private SyntaxErrorException ErrorAt(TextSpan span, string code, string message, string? help = null)
    {
        _diagnostics.Error(code, message, _source, span, help);
        _errors++;
        return new SyntaxErrorException();
    }

    private void EnterNesting(Token at)
    {
        if (++_depth > MaxNestingDepth)
        {
            throw ErrorAt(at.Span, DiagnosticCodes.NestingTooDeep, $"expression nested deeper than {MaxNestingDepth} levels");
        }
    }

    private void ExitNesting() => _depth--;

    private long ParseIntegerToken(Token t)
    {
        string text = t.Text;
        long multiplier = 1;
        if (text.EndsWith("KB", StringComparison.Ordinal))
        {
            multiplier = 1024;
            text = text[..^2];
        }
        else if (text.EndsWith("MB", StringComparison.Ordinal))
        {
            multiplier = 1024 * 1024;
            text = text[..^2];
        }

        bool ok;
        long value;
        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            ok = ulong.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong u) && u <= long.MaxValue;
            value = (long)u;
            ok &= text.Length > 2;
        }
        else if (text.StartsWith("0o", StringComparison.Ordinal))
        {
            ok = text.Length > 2;
            value = 0;
            foreach (char c in text.AsSpan(2))
            {
                if (value > (long.MaxValue >> 3))
                {
                    ok = false;
                    break;
                }

                value = (value << 3) | (long)(c - '0');
            }
        }
        else
        {
            ok = long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }

        if (!ok)
        {
            throw ErrorAt(t.Span, DiagnosticCodes.IntegerOverflow, $"integer '{t.Text}' is out of range", "YARA integers are signed 64-bit");
        }

        try
        {
            return checked(value * multiplier);
        }
        catch (OverflowException)
        {
            throw ErrorAt(t.Span, DiagnosticCodes.IntegerOverflow, $"integer '{t.Text}' is out of range", "YARA integers are signed 64-bit");
        }
    }

    /// <summary>Internal control flow for error recovery; never escapes <see cref="ParseFile"/>.</summary>
    private sealed class SyntaxErrorException : Exception
    {
    }
}
