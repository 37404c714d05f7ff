using System.Text;

namespace Semitori.Yara.Patterns;

/// <summary>Recursive-descent reader behind <see cref="RegexParser"/> (one instance per parse).</summary>
internal sealed partial class RegexReader(string pattern, bool caseInsensitive, bool dotAll)
{
    private readonly string _p = pattern;
    private readonly bool _ci = caseInsensitive;
    private readonly bool _dotAll = dotAll;
    private readonly List<PatternError> _warnings = [];
    private int _pos;
    private int _nodes;
    private int _depth;
    private int _greedyAt = -1;
    private int _lazyAt = -1;

    public PatternParseResult Run()
    {
        try
        {
            if (_p.Length == 0)
            {
                Fail(PatternErrorCodes.EmptyExpression, "empty regular expression", 0, 0);
            }

            var node = ParseAlternation();
            if (_pos < _p.Length)
            {
                Fail(PatternErrorCodes.UnbalancedParenthesis, "unmatched ')'", _pos, 1);
            }

            long size = NodeMetrics.ProgramSize(node, wide: true);
            if (size > PatternLimits.MaxProgramSize)
            {
                Fail(PatternErrorCodes.TooComplex,
                    $"regular expression is too complex (more than {PatternLimits.MaxProgramSize} instructions once repeats are unrolled)",
                    0, _p.Length);
            }

            return new PatternParseResult(node, [], _warnings) { StringDeclarationError = GreedinessError() };
        }
        catch (PatternParseFailure failure)
        {
            return new PatternParseResult(null, [failure.Error], []);
        }
    }

    private RegexNode ParseAlternation()
    {
        // libyara's grammar: alternative := concatenation | alternative '|' concatenation | alternative '|'
        // so an empty branch is allowed after '|' (4.5: "(abc|)" matches "") but not first ("(|abc)").
        int start = _pos;
        var first = ParseConcat();
        if (first is null)
        {
            Fail(PatternErrorCodes.EmptyExpression, "syntax error: empty expression", start, 0);
        }

        if (!At('|'))
        {
            return first!;
        }

        var alternatives = new List<RegexNode> { first! };
        while (At('|'))
        {
            _pos++;
            alternatives.Add(ParseConcat() ?? EmptyNode.Instance);
        }

        return Count(new AlternationNode(alternatives));
    }

    private RegexNode? ParseConcat()
    {
        var items = new List<RegexNode>();
        while (_pos < _p.Length && _p[_pos] != '|' && _p[_pos] != ')')
        {
            ParseRepeat(items);
        }

        return items.Count switch
        {
            0 => null,
            1 => items[0],
            _ => Count(new ConcatNode(items)),
        };
    }

    private void ParseRepeat(List<RegexNode> items)
    {
        int start = _pos;
        var atom = ParseAtom(out bool quantifiable, out byte[]? multiByte);
        int qStart = _pos;
        if (!TryParseQuantifier(out int min, out int max))
        {
            AddAtom(items, atom, multiByte);
            return;
        }

        if (!quantifiable)
        {
            Fail(PatternErrorCodes.NothingToRepeat, "syntax error: nothing to repeat", qStart, _pos - qStart);
        }

        bool greedy = true;
        if (At('?'))
        {
            _pos++;
            greedy = false;
        }

        if (greedy)
        {
            _greedyAt = _greedyAt < 0 ? qStart : _greedyAt;
        }
        else
        {
            _lazyAt = _lazyAt < 0 ? qStart : _lazyAt;
        }

        if (multiByte is not null)
        {
            // The lexer of libyara works on bytes: a quantifier after a multi-byte UTF-8 character
            // repeats its last byte only.
            for (int i = 0; i < multiByte.Length - 1; i++)
            {
                items.Add(Count(ByteSetNode.Of(ByteSet.Single(multiByte[i]))));
            }

            atom = Count(ByteSetNode.Of(ByteSet.Single(multiByte[^1])));
        }

        if (max < 0 && (atom is DotNode || atom is ByteSetNode { Set.IsAll: true }))
        {
            _warnings.Add(new PatternError(PatternErrorCodes.UnboundedDotRepeat,
                "contains .*, .+ or .{n,}; consider using .{,N} with a reasonable value for N", start, _pos - start));
        }

        items.Add(Count(new RepeatNode(atom, min, max, greedy)));
        int after = _pos;
        if (TryParseQuantifier(out _, out _))
        {
            Fail(PatternErrorCodes.NothingToRepeat, "syntax error: nothing to repeat", after, _pos - after);
        }
    }

    /// <summary>
    /// libyara (parser.c, string declarations only) rejects a regex with both greedy and lazy
    /// quantifiers: it matches strings forwards and backwards from the atom and needs one policy
    /// to compute the match length. <c>{n}</c> counts as greedy, <c>{n}?</c> as lazy.
    /// </summary>
    private PatternError? GreedinessError()
    {
        if (_greedyAt < 0 || _lazyAt < 0)
        {
            return null;
        }

        int at = Math.Max(_greedyAt, _lazyAt);
        return new PatternError(PatternErrorCodes.MixedGreediness,
            "greedy and ungreedy quantifiers can't be mixed in a regular expression", at, 1);
    }

    private void AddAtom(List<RegexNode> items, RegexNode atom, byte[]? multiByte)
    {
        if (multiByte is null)
        {
            items.Add(atom);
            return;
        }

        foreach (byte b in multiByte)
        {
            items.Add(Count(ByteSetNode.Of(ByteSet.Single(b))));
        }
    }

    private RegexNode ParseAtom(out bool quantifiable, out byte[]? multiByte)
    {
        quantifiable = true;
        multiByte = null;
        int start = _pos;
        char c = _p[_pos];
        switch (c)
        {
            case '(':
                return ParseGroup();
            case '[':
                return Count(new ByteSetNode(ParseClass()));
            case '.':
                _pos++;
                return _dotAll ? Count(new ByteSetNode(ByteSet.All)) : Count(DotNode.Instance);
            case '^':
                _pos++;
                quantifiable = false;
                return Count(AssertionNode.Start);
            case '$':
                _pos++;
                quantifiable = false;
                return Count(AssertionNode.End);
            case '*' or '+' or '?':
                Fail(PatternErrorCodes.NothingToRepeat, "syntax error: nothing to repeat", start, 1);
                break;
            case '{' when TryParseQuantifier(out _, out _):
                Fail(PatternErrorCodes.NothingToRepeat, "syntax error: nothing to repeat", start, _pos - start);
                break;
            case '\\' when _pos + 1 < _p.Length && _p[_pos + 1] >= 0x80:
                // An escaped non-ASCII character is that character (libyara escapes its first byte).
                _pos++;
                break;
            case '\\':
                return ParseEscape(out quantifiable);
        }

        return ParseLiteral(out multiByte);
    }

    private RegexNode ParseGroup()
    {
        int open = _pos;
        _pos++;
        if (++_depth > PatternLimits.MaxNestingDepth)
        {
            Fail(PatternErrorCodes.TooComplex, $"groups nested deeper than {PatternLimits.MaxNestingDepth}", open, 1);
        }

        var inner = ParseAlternation();
        if (!At(')'))
        {
            Fail(PatternErrorCodes.UnbalancedParenthesis, "missing ')'", open, _pos - open);
        }

        _pos++;
        _depth--;
        return inner;
    }

    private RegexNode ParseLiteral(out byte[]? multiByte)
    {
        multiByte = null;
        char c = _p[_pos];
        if (c < 0x80)
        {
            _pos++;
            return Literal((byte)c);
        }

        int used = 1;
        if (Rune.DecodeFromUtf16(_p.AsSpan(_pos), out var rune, out int consumed) == System.Buffers.OperationStatus.Done)
        {
            used = consumed;
        }
        else
        {
            rune = Rune.ReplacementChar;
        }

        _pos += used;
        var bytes = new byte[rune.Utf8SequenceLength];
        rune.EncodeToUtf8(bytes);
        multiByte = bytes;
        return Literal(bytes[^1]);
    }

    private RegexNode ParseEscape(out bool quantifiable)
    {
        quantifiable = true;
        int start = _pos;
        if (_pos + 1 >= _p.Length)
        {
            Fail(PatternErrorCodes.InvalidEscape, "illegal escape sequence (trailing backslash)", start, 1);
        }

        char e = _p[_pos + 1];
        switch (e)
        {
            case 'b':
                _pos += 2;
                quantifiable = false;
                return Count(AssertionNode.WordBoundary);
            case 'B':
                _pos += 2;
                quantifiable = false;
                return Count(AssertionNode.NotWordBoundary);
            case 'w' or 'W' or 's' or 'S' or 'd' or 'D':
                _pos += 2;
                return Count(new ByteSetNode(ShorthandClass(e)));
        }

        return Literal(ReadEscapedByte());
    }

    private ByteSetNode Literal(byte b)
    {
        var set = ByteSet.Single(b);
        return Count(ByteSetNode.Of(_ci ? set.CaseFolded() : set));
    }

    private bool At(char c) => _pos < _p.Length && _p[_pos] == c;

    private T Count<T>(T node)
        where T : RegexNode
    {
        if (++_nodes > PatternLimits.MaxNodes)
        {
            Fail(PatternErrorCodes.TooComplex, $"regular expression has more than {PatternLimits.MaxNodes} elements", 0, _p.Length);
        }

        return node;
    }

    private static void Fail(string code, string message, int offset, int length) =>
        throw new PatternParseFailure(new PatternError(code, message, offset, length));
}
