using Semitori.Sigma.Matching;

namespace Semitori.Sigma.Conditions;

/// <summary>
/// Parses a condition and binds it to compiled search identifiers in one pass. Grammar
/// (precedence not &gt; and &gt; or, as in the Sigma spec):
/// <code>
/// expr    := and ("or" and)*
/// and     := unary ("and" unary)*
/// unary   := "not" unary | primary
/// primary := "(" expr ")" | quant "of" (pattern | "them") | identifier
/// quant   := number | "all" | "any"
/// </code>
/// The deprecated aggregation after <c>|</c> (<c>| count() by x &gt; 5</c>) is reported as unsupported:
/// correlation rules replace it.
/// </summary>
internal sealed class ConditionParser
{
    private readonly List<ConditionToken> _tokens;
    private readonly IReadOnlyDictionary<string, SearchNode> _searches;
    private int _position;

    private ConditionParser(string text, IReadOnlyDictionary<string, SearchNode> searches)
    {
        _tokens = ConditionLexer.Tokenize(text);
        _searches = searches;
    }

    /// <summary>Returns the bound condition, or null with an error message and its offset.</summary>
    public static SearchNode? Parse(string text, IReadOnlyDictionary<string, SearchNode> searches, out ConditionError? error)
    {
        var parser = new ConditionParser(text, searches);
        try
        {
            SearchNode node = parser.ParseOr();
            ConditionToken next = parser.Peek();
            if (next.Kind == ConditionTokenKind.Pipe)
            {
                throw new ConditionException(new ConditionError(SigmaDiagnosticCodes.Unsupported,
                    "aggregation expressions after '|' are deprecated and not evaluated; write a correlation rule instead", next.Offset, text.Length - next.Offset));
            }

            if (next.Kind != ConditionTokenKind.End)
            {
                parser.Fail($"unexpected '{next.Text}'", next);
            }

            error = null;
            return node;
        }
        catch (ConditionException e)
        {
            error = e.Error;
            return null;
        }
    }

    private SearchNode ParseOr()
    {
        var items = new List<SearchNode> { ParseAnd() };
        while (Peek().Kind == ConditionTokenKind.Or)
        {
            _position++;
            items.Add(ParseAnd());
        }

        return items.Count == 1 ? items[0] : new OrSearch(items);
    }

    private SearchNode ParseAnd()
    {
        var items = new List<SearchNode> { ParseUnary() };
        while (Peek().Kind == ConditionTokenKind.And)
        {
            _position++;
            items.Add(ParseUnary());
        }

        return items.Count == 1 ? items[0] : new AndSearch(items);
    }

    private SearchNode ParseUnary()
    {
        if (Peek().Kind == ConditionTokenKind.Not)
        {
            _position++;
            return new NotSearch(ParseUnary());
        }

        return ParsePrimary();
    }

    private SearchNode ParsePrimary()
    {
        ConditionToken token = Next();
        switch (token.Kind)
        {
            case ConditionTokenKind.OpenParen:
                SearchNode inner = ParseOr();
                Expect(ConditionTokenKind.CloseParen, "')'");
                return inner;
            case ConditionTokenKind.Number:
            case ConditionTokenKind.All:
                return ParseQuantified(token);
            case ConditionTokenKind.Identifier:
                if (token.Text.Contains('*'))
                {
                    Fail($"'{token.Text}' is a pattern; use it as '1 of {token.Text}' or 'all of {token.Text}'", token);
                }

                if (_searches.TryGetValue(token.Text, out SearchNode? search))
                {
                    return search;
                }

                throw new ConditionException(new ConditionError(SigmaDiagnosticCodes.UndefinedIdentifier,
                    $"'{token.Text}' is not a search identifier of this rule's detection", token.Offset, token.Text.Length));
            default:
                Fail(token.Kind == ConditionTokenKind.End ? "condition ends early" : $"unexpected '{token.Text}'", token);
                return null!;
        }
    }

    private SearchNode ParseQuantified(ConditionToken quantifier)
    {
        Expect(ConditionTokenKind.Of, "'of'");
        ConditionToken target = Next();
        List<SearchNode> matched;
        if (target.Kind == ConditionTokenKind.Them)
        {
            // "them" excludes identifiers starting with "_" (spec: hidden helper identifiers).
            matched = _searches.Where(s => !s.Key.StartsWith('_')).Select(s => s.Value).ToList();
        }
        else if (target.Kind == ConditionTokenKind.Identifier)
        {
            matched = _searches.Where(s => WildcardMatches(target.Text, s.Key)).Select(s => s.Value).ToList();
            if (matched.Count == 0)
            {
                throw new ConditionException(new ConditionError(SigmaDiagnosticCodes.UndefinedIdentifier,
                    $"'{target.Text}' matches no search identifier", target.Offset, target.Text.Length));
            }
        }
        else
        {
            Fail("expected an identifier pattern or 'them' after 'of'", target);
            return null!;
        }

        if (quantifier.Kind == ConditionTokenKind.All && quantifier.Text.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return new AndSearch(matched);
        }

        int count = quantifier.Kind == ConditionTokenKind.Number ? int.Parse(quantifier.Text, System.Globalization.CultureInfo.InvariantCulture) : 1;
        return count <= 1 ? new OrSearch(matched) : new AtLeastSearch(count, matched);
    }

    private static bool WildcardMatches(string pattern, string name)
        => new WildcardPattern(pattern, cased: true).Matches(name, null!);

    private ConditionToken Peek() => _tokens[_position];

    private ConditionToken Next() => _tokens[Math.Min(_position++, _tokens.Count - 1)];

    private void Expect(ConditionTokenKind kind, string what)
    {
        ConditionToken token = Next();
        if (token.Kind != kind)
        {
            Fail($"expected {what}, found '{(token.Kind == ConditionTokenKind.End ? "end of condition" : token.Text)}'", token);
        }
    }

    private void Fail(string message, ConditionToken at)
        => throw new ConditionException(new ConditionError(SigmaDiagnosticCodes.ConditionSyntax, message, at.Offset, Math.Max(1, at.Text.Length)));

    private sealed class ConditionException(ConditionError error) : Exception(error.Message)
    {
        public ConditionError Error { get; } = error;
    }
}
