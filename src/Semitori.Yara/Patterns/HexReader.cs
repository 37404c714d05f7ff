namespace Semitori.Yara.Patterns;

/// <summary>Recursive-descent reader behind <see cref="HexStringParser"/> (one instance per parse).</summary>
internal sealed class HexReader(string text)
{
    private readonly string _t = text;
    private int _pos;
    private int _nodes;
    private int _depth;

    public PatternParseResult Run()
    {
        try
        {
            var node = ParseSequence(insideAlternation: false);
            SkipTrivia();
            if (_pos < _t.Length)
            {
                Fail(PatternErrorCodes.HexSyntax, $"syntax error: unexpected '{_t[_pos]}'", _pos, 1);
            }

            if (NodeMetrics.ProgramSize(node, wide: false) > PatternLimits.MaxProgramSize)
            {
                Fail(PatternErrorCodes.TooComplex, "hex string is too complex", 0, _t.Length);
            }

            return new PatternParseResult(node, [], []);
        }
        catch (PatternParseFailure failure)
        {
            return new PatternParseResult(null, [failure.Error], []);
        }
    }

    /// <summary>tokens := item+ ; the first and the last item are not jumps.</summary>
    private RegexNode ParseSequence(bool insideAlternation)
    {
        var items = new List<RegexNode>();
        int start = _pos;
        bool lastWasJump = false;
        int lastJumpStart = -1;
        while (true)
        {
            SkipTrivia();
            if (_pos >= _t.Length || _t[_pos] is '|' or ')')
            {
                break;
            }

            int itemStart = _pos;
            char c = _t[_pos];
            if (c == '[')
            {
                var jump = ParseJump(insideAlternation);
                if (items.Count == 0)
                {
                    Fail(PatternErrorCodes.JumpAtEdge, "syntax error: a jump cannot start a hex string or an alternative", itemStart, _pos - itemStart);
                }

                if (lastWasJump)
                {
                    // libyara 4.3+ coalesces consecutive jumps: [1][2] = [3], [-][8-][-] = [8-].
                    var previous = (RepeatNode)items[^1];
                    jump = MergeJumps(previous, jump, lastJumpStart);
                    items[^1] = jump;
                }
                else
                {
                    items.Add(jump);
                    lastJumpStart = itemStart;
                }

                lastWasJump = true;
                continue;
            }

            lastWasJump = false;
            if (c == '(')
            {
                items.Add(ParseAlternation());
            }
            else
            {
                items.Add(Count(ByteSetNode.Of(ParseByte())));
            }
        }

        if (items.Count == 0)
        {
            Fail(PatternErrorCodes.HexSyntax, "syntax error: empty hex string or alternative", start, _pos - start);
        }

        if (lastWasJump)
        {
            Fail(PatternErrorCodes.JumpAtEdge, "syntax error: a jump cannot end a hex string or an alternative", lastJumpStart, _pos - lastJumpStart);
        }

        return items.Count == 1 ? items[0] : Count(new ConcatNode(items));
    }

    private RegexNode ParseAlternation()
    {
        int open = _pos;
        _pos++;
        if (++_depth > PatternLimits.MaxNestingDepth)
        {
            Fail(PatternErrorCodes.TooComplex, $"alternatives nested deeper than {PatternLimits.MaxNestingDepth}", open, 1);
        }

        var alternatives = new List<RegexNode> { ParseSequence(insideAlternation: true) };
        while (true)
        {
            SkipTrivia();
            if (_pos < _t.Length && _t[_pos] == '|')
            {
                _pos++;
                alternatives.Add(ParseSequence(insideAlternation: true));
                continue;
            }

            if (_pos < _t.Length && _t[_pos] == ')')
            {
                _pos++;
                break;
            }

            Fail(PatternErrorCodes.HexSyntax, "syntax error: missing ')'", open, _pos - open);
        }

        _depth--;
        return alternatives.Count == 1 ? alternatives[0] : Count(new AlternationNode(alternatives));
    }

    /// <summary>A byte <c>XX</c>, a nibble mask, <c>??</c>, or <c>~</c> followed by a byte that is not <c>??</c>.</summary>
    private ByteSet ParseByte()
    {
        int start = _pos;
        bool negated = false;
        if (_t[_pos] == '~')
        {
            negated = true;
            _pos++;
            SkipTrivia();
            if (_pos >= _t.Length || !IsNibble(_t[_pos]))
            {
                Fail(PatternErrorCodes.HexSyntax, "syntax error: '~' must be followed by a byte", start, Math.Max(1, _pos - start));
            }
        }

        if (!IsNibble(_t[_pos]))
        {
            Fail(PatternErrorCodes.HexSyntax, $"syntax error: unexpected '{_t[_pos]}'", _pos, 1);
        }

        if (_pos + 1 >= _t.Length || !IsNibble(_t[_pos + 1]))
        {
            Fail(PatternErrorCodes.InvalidHexByte, "uneven number of digits in hex string", _pos, 1);
        }

        char hi = _t[_pos];
        char lo = _t[_pos + 1];
        _pos += 2;
        byte value = (byte)((Nibble(hi) << 4) | Nibble(lo));
        byte mask = (byte)((hi == '?' ? 0 : 0xF0) | (lo == '?' ? 0 : 0x0F));
        if (negated && mask == 0)
        {
            Fail(PatternErrorCodes.HexSyntax, "syntax error: '~??' negates nothing", start, _pos - start);
        }

        var set = ByteSet.Masked(value, mask);
        return negated ? set.Complement() : set;
    }

    private RepeatNode ParseJump(bool insideAlternation)
    {
        int start = _pos;
        _pos++;
        SkipTrivia();
        long lo = ReadNumber(out bool hasLo);
        SkipTrivia();
        long hi;
        bool unbounded;
        if (_pos < _t.Length && _t[_pos] == '-')
        {
            _pos++;
            SkipTrivia();
            hi = ReadNumber(out bool hasHi);
            unbounded = !hasHi;
            SkipTrivia();
        }
        else
        {
            if (!hasLo)
            {
                Fail(PatternErrorCodes.HexSyntax, "syntax error: empty jump", start, _pos - start);
            }

            hi = lo;
            unbounded = false;
            if (lo == 0)
            {
                Expect(']', start);
                Fail(PatternErrorCodes.InvalidJump, "invalid jump length", start, _pos - start);
            }
        }

        Expect(']', start);
        if (lo > int.MaxValue || !unbounded && hi > int.MaxValue)
        {
            Fail(PatternErrorCodes.InvalidJump, "invalid jump length: bound larger than 2147483647", start, _pos - start);
        }

        if (!unbounded && hi < lo)
        {
            Fail(PatternErrorCodes.InvalidJump, "invalid jump range", start, _pos - start);
        }

        if (insideAlternation && unbounded)
        {
            Fail(PatternErrorCodes.UnboundedJumpInAlternation, "unbounded jumps not allowed inside alternation (|)", start, _pos - start);
        }

        if (insideAlternation && (lo > PatternLimits.MaxJumpInAlternation || hi > PatternLimits.MaxJumpInAlternation))
        {
            Fail(PatternErrorCodes.JumpTooLargeInAlternation,
                $"jumps over {PatternLimits.MaxJumpInAlternation} not allowed inside alternation (|)", start, _pos - start);
        }

        return Count(new RepeatNode(Count(new ByteSetNode(ByteSet.All)), (int)lo, unbounded ? -1 : (int)hi, greedy: false) { IsHexJump = true });
    }

    private RepeatNode MergeJumps(RepeatNode a, RepeatNode b, int start)
    {
        long min = (long)a.Min + b.Min;
        long max = a.IsUnbounded || b.IsUnbounded ? -1 : (long)a.Max + b.Max;
        if (min > int.MaxValue || max > int.MaxValue)
        {
            Fail(PatternErrorCodes.InvalidJump, "invalid jump length: bound larger than 2147483647", start, _pos - start);
        }

        return Count(new RepeatNode(a.Child, (int)min, (int)max, greedy: false) { IsHexJump = true });
    }

    private long ReadNumber(out bool any)
    {
        long value = 0;
        any = false;
        while (_pos < _t.Length && char.IsAsciiDigit(_t[_pos]))
        {
            value = Math.Min(value * 10 + (_t[_pos] - '0'), (long)int.MaxValue + 1);
            any = true;
            _pos++;
        }

        return value;
    }

    private void Expect(char c, int start)
    {
        if (_pos >= _t.Length || _t[_pos] != c)
        {
            Fail(PatternErrorCodes.HexSyntax, $"syntax error: expected '{c}'", start, Math.Max(1, _pos - start));
        }

        _pos++;
    }

    private void SkipTrivia()
    {
        while (_pos < _t.Length)
        {
            char c = _t[_pos];
            if (c is ' ' or '\t' or '\r' or '\n' or '\v' or '\f')
            {
                _pos++;
            }
            else if (c == '/' && _pos + 1 < _t.Length && _t[_pos + 1] == '/')
            {
                while (_pos < _t.Length && _t[_pos] != '\n')
                {
                    _pos++;
                }
            }
            else if (c == '/' && _pos + 1 < _t.Length && _t[_pos + 1] == '*')
            {
                int end = _t.IndexOf("*/", _pos + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    Fail(PatternErrorCodes.UnterminatedComment, "unterminated comment", _pos, _t.Length - _pos);
                }

                _pos = end + 2;
            }
            else
            {
                return;
            }
        }
    }

    private T Count<T>(T node)
        where T : RegexNode
    {
        if (++_nodes > PatternLimits.MaxNodes)
        {
            Fail(PatternErrorCodes.TooComplex, $"hex string has more than {PatternLimits.MaxNodes} elements", 0, _t.Length);
        }

        return node;
    }

    private static bool IsNibble(char c) => c == '?' || char.IsAsciiHexDigit(c);

    private static int Nibble(char c) => c == '?' ? 0 : RegexReader.HexValue(c);

    private static void Fail(string code, string message, int offset, int length) =>
        throw new PatternParseFailure(new PatternError(code, message, offset, length));
}
