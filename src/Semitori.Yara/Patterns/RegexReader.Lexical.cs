namespace Semitori.Yara.Patterns;

/// <summary>Character classes, escapes and repeat intervals of <see cref="RegexReader"/>.</summary>
internal sealed partial class RegexReader
{
    /// <summary>
    /// Parses <c>[...]</c> at <c>_pos</c>. A <c>]</c> right after <c>[</c> or <c>[^</c> is literal,
    /// <c>-</c> is literal first, last or after a range (<c>[a-c-e]</c>), escaped characters may
    /// start or end a range (<c>[\.-z]</c>, <c>[\x5D-\x5F]</c>). With nocase the set is folded
    /// before negation: YARA rejects "abcd" for <c>/abc[^D]/ nocase</c>.
    /// </summary>
    private ByteSet ParseClass()
    {
        int open = _pos;
        _pos++;
        bool negated = false;
        if (At('^'))
        {
            negated = true;
            _pos++;
        }

        var set = ByteSet.Empty;
        bool first = true;
        while (true)
        {
            if (_pos >= _p.Length)
            {
                Fail(PatternErrorCodes.UnterminatedClass, "missing terminating ] for character class", open, _pos - open);
            }

            if (_p[_pos] == ']' && !first)
            {
                _pos++;
                break;
            }

            first = false;
            int itemStart = _pos;
            var item = ReadClassItem(out int single);
            if (single >= 0 && At('-') && _pos + 1 < _p.Length && _p[_pos + 1] != ']')
            {
                _pos++;
                ReadClassItem(out int last);
                if (last < 0 || last < single)
                {
                    Fail(PatternErrorCodes.BadCharacterRange, "bad character range", itemStart, _pos - itemStart);
                }

                set = set.Union(ByteSet.Range((byte)single, (byte)last));
            }
            else
            {
                set = set.Union(item);
            }
        }

        if (_ci)
        {
            set = set.CaseFolded();
        }

        return negated ? set.Complement() : set;
    }

    /// <summary>One class member: a set (shorthand or multi-byte character) or a single byte (<paramref name="single"/> ≥ 0).</summary>
    private ByteSet ReadClassItem(out int single)
    {
        single = -1;
        char c = _p[_pos];
        if (c == '\\' && _pos + 1 < _p.Length && _p[_pos + 1] >= 0x80)
        {
            // An escaped non-ASCII character is that character (libyara escapes its first byte).
            _pos++;
            c = _p[_pos];
        }

        if (c == '\\')
        {
            if (_pos + 1 < _p.Length && _p[_pos + 1] is 'w' or 'W' or 's' or 'S' or 'd' or 'D')
            {
                char e = _p[_pos + 1];
                _pos += 2;
                return ShorthandClass(e);
            }

            byte b = ReadEscapedByte();
            single = b;
            return ByteSet.Single(b);
        }

        if (c < 0x80)
        {
            _pos++;
            single = c;
            return ByteSet.Single((byte)c);
        }

        // A non-ASCII character adds each of its UTF-8 bytes, as libyara's byte-wise lexer does.
        ParseLiteral(out byte[]? bytes);
        var set = ByteSet.Empty;
        foreach (byte b in bytes ?? [])
        {
            set = set.With(b);
        }

        return set;
    }

    private static ByteSet ShorthandClass(char e) => e switch
    {
        'w' => ByteSet.Word,
        'W' => ByteSet.Word.Complement(),
        's' => ByteSet.Space,
        'S' => ByteSet.Space.Complement(),
        'd' => ByteSet.Digit,
        _ => ByteSet.Digit.Complement(),
    };

    /// <summary>
    /// Reads <c>\x</c> at <c>_pos</c> (backslash included) as one byte. <c>\xHH</c> needs exactly two
    /// hex digits ("illegal escape sequence" otherwise: <c>\x0</c>, <c>\x</c>, <c>\xxy</c>);
    /// <c>\n \t \r \f \a</c> are control bytes; any other character stands for itself.
    /// </summary>
    private byte ReadEscapedByte()
    {
        int start = _pos;
        if (_pos + 1 >= _p.Length)
        {
            Fail(PatternErrorCodes.InvalidEscape, "illegal escape sequence (trailing backslash)", start, 1);
        }

        char e = _p[_pos + 1];
        _pos += 2;
        switch (e)
        {
            case 'x':
                if (_pos + 1 >= _p.Length || !char.IsAsciiHexDigit(_p[_pos]) || !char.IsAsciiHexDigit(_p[_pos + 1]))
                {
                    Fail(PatternErrorCodes.InvalidEscape, "illegal escape sequence", start, Math.Min(4, _p.Length - start));
                }

                byte value = (byte)((HexValue(_p[_pos]) << 4) | HexValue(_p[_pos + 1]));
                _pos += 2;
                return value;
            case 'n': return (byte)'\n';
            case 't': return (byte)'\t';
            case 'r': return (byte)'\r';
            case 'f': return (byte)'\f';
            case 'a': return 0x07;
        }

        return (byte)e;
    }

    /// <summary>
    /// Reads <c>* + ?</c> or a repeat interval <c>{n}</c>, <c>{n,}</c>, <c>{,m}</c>, <c>{n,m}</c>
    /// (spaces around the comma accepted as in YARA 4.5.1) at <c>_pos</c>. A <c>{</c> that does not
    /// form an interval is not a quantifier: the caller then reads it as a literal.
    /// </summary>
    private bool TryParseQuantifier(out int min, out int max)
    {
        min = 0;
        max = -1;
        if (_pos >= _p.Length)
        {
            return false;
        }

        switch (_p[_pos])
        {
            case '*':
                _pos++;
                return true;
            case '+':
                _pos++;
                min = 1;
                return true;
            case '?':
                _pos++;
                max = 1;
                return true;
            case '{':
                return TryParseInterval(out min, out max);
            default:
                return false;
        }
    }

    private bool TryParseInterval(out int min, out int max)
    {
        min = 0;
        max = -1;
        int start = _pos;
        int i = _pos + 1;
        long lo = ReadNumber(ref i, out bool hasLo);
        int afterLo = i;
        SkipSpaces(ref i);
        if (i < _p.Length && _p[i] == '}' && hasLo && afterLo == i)
        {
            // {n}
            _pos = i + 1;
            if (lo > PatternLimits.MaxRepeat)
            {
                Fail(PatternErrorCodes.RepeatTooLarge, "repeat interval too large", start, _pos - start);
            }

            min = max = (int)lo;
            return true;
        }

        if (i >= _p.Length || _p[i] != ',')
        {
            return false;
        }

        i++;
        SkipSpaces(ref i);
        long hi = ReadNumber(ref i, out bool hasHi);
        if (i >= _p.Length || _p[i] != '}')
        {
            return false;
        }

        _pos = i + 1;
        if (hasHi && hi > PatternLimits.MaxRepeat || !hasHi && lo > PatternLimits.MaxRepeat)
        {
            Fail(PatternErrorCodes.RepeatTooLarge, "repeat interval too large", start, _pos - start);
        }

        if (hasHi && hi < lo)
        {
            Fail(PatternErrorCodes.BadRepeatInterval, "bad repeat interval", start, _pos - start);
        }

        min = (int)lo;
        max = hasHi ? (int)hi : -1;
        return true;
    }

    private long ReadNumber(ref int i, out bool any)
    {
        long value = 0;
        any = false;
        while (i < _p.Length && char.IsAsciiDigit(_p[i]))
        {
            // Saturate: any value above RE_MAX_RANGE is rejected anyway (YARA 4.5.8 rejects bounds
            // that overflow an int instead of wrapping them, #2237).
            value = Math.Min(value * 10 + (_p[i] - '0'), int.MaxValue + 1L);
            any = true;
            i++;
        }

        return value;
    }

    private void SkipSpaces(ref int i)
    {
        while (i < _p.Length && _p[i] == ' ')
        {
            i++;
        }
    }

    internal static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => c - 'A' + 10,
    };
}
