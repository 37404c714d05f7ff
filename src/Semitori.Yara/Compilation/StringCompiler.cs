using Semitori.Diagnostics;
using Semitori.Yara.Patterns;
using Semitori.Yara.Syntax;

namespace Semitori.Yara.Compilation;

/// <summary>
/// Turns a string definition into its searchable variants: checks modifiers as libyara does
/// (ERROR_INVALID_MODIFIER combinations, xor ranges, base64 alphabets), decodes escapes, parses
/// hex strings and regular expressions, and picks each variant's atoms.
/// </summary>
internal sealed class StringCompiler
{
    /// <summary>Atoms per variant beyond which the pattern is scanned at every position instead (keeps the index bounded).</summary>
    public const int MaxAtomsPerVariant = 256;

    private readonly DiagnosticBag _diagnostics;

    public StringCompiler(DiagnosticBag diagnostics)
    {
        _diagnostics = diagnostics;
    }

    public CompiledString? Compile(StringSyntax s, int index, int ruleIndex, SourceText source)
    {
        var mods = new Dictionary<TokenKind, ModifierSyntax>();
        foreach (ModifierSyntax m in s.Modifiers)
        {
            if (!mods.TryAdd(m.Kind, m))
            {
                _diagnostics.Error(DiagnosticCodes.DuplicateModifier, $"duplicated modifier '{Word(m.Kind)}'", source, m.Span);
                return null;
            }
        }

        if (!CheckModifiers(s, mods, source))
        {
            return null;
        }

        bool fullword = mods.ContainsKey(TokenKind.Fullword);
        var compiled = new CompiledString(index, s.Identifier, ruleIndex, mods.ContainsKey(TokenKind.Private), fullword, s.IdSpan);
        bool ok = s.Kind switch
        {
            StringKind.Text => CompileText(s, mods, compiled, source),
            StringKind.Hex => CompilePattern(HexStringParser.Parse(s.Value), s, new PatternOptions(), [false], compiled, source),
            _ => CompileRegex(s, mods, compiled, source),
        };
        if (ok && s.Kind == StringKind.Hex)
        {
            compiled.IsHex = true;
            // The pattern engine's atoms serve the search; the warning follows libyara's own measure.
            compiled.MinAtomQuality = HexAtomQuality.Of(s.Value);
        }

        return ok ? compiled : null;
    }

    private bool CheckModifiers(StringSyntax s, Dictionary<TokenKind, ModifierSyntax> mods, SourceText source)
    {
        foreach (ModifierSyntax m in mods.Values)
        {
            bool allowed = s.Kind switch
            {
                StringKind.Hex => m.Kind == TokenKind.Private,
                StringKind.Regex => m.Kind is TokenKind.Private or TokenKind.Nocase or TokenKind.Wide or TokenKind.Ascii or TokenKind.Fullword,
                _ => true,
            };
            if (!allowed)
            {
                string what = s.Kind == StringKind.Hex ? "hex strings" : "regular expressions";
                _diagnostics.Error(DiagnosticCodes.InvalidModifier, $"modifier '{Word(m.Kind)}' is not allowed with {what}", source, m.Span);
                return false;
            }
        }

        (TokenKind A, TokenKind B)[] conflicts =
        [
            (TokenKind.Xor, TokenKind.Nocase), (TokenKind.Base64, TokenKind.Nocase), (TokenKind.Base64Wide, TokenKind.Nocase),
            (TokenKind.Base64, TokenKind.Xor), (TokenKind.Base64Wide, TokenKind.Xor),
            (TokenKind.Base64, TokenKind.Fullword), (TokenKind.Base64Wide, TokenKind.Fullword),
        ];
        foreach ((TokenKind a, TokenKind b) in conflicts)
        {
            if (mods.TryGetValue(a, out ModifierSyntax? ma) && mods.ContainsKey(b))
            {
                _diagnostics.Error(DiagnosticCodes.InvalidModifier, $"invalid modifier combination: {Word(a)} {Word(b)}", source, ma.Span);
                return false;
            }
        }

        return true;
    }

    private bool CompileText(StringSyntax s, Dictionary<TokenKind, ModifierSyntax> mods, CompiledString compiled, SourceText source)
    {
        byte[]? text = TextEscapes.Decode(s.Value, out int bad);
        if (text is null)
        {
            _diagnostics.Error(DiagnosticCodes.InvalidEscape, "illegal escape sequence", source, new TextSpan(s.ValueSpan.Start + bad, 2), "valid escapes are \\\" \\\\ \\r \\t \\n and \\xHH");
            return false;
        }

        if (text.Length == 0)
        {
            _diagnostics.Error(DiagnosticCodes.EmptyString, $"string {s.Identifier} is empty", source, s.ValueSpan);
            return false;
        }

        bool wide = mods.ContainsKey(TokenKind.Wide);
        bool ascii = mods.ContainsKey(TokenKind.Ascii) || !wide;
        bool noCase = mods.ContainsKey(TokenKind.Nocase);

        if (mods.ContainsKey(TokenKind.Base64) || mods.ContainsKey(TokenKind.Base64Wide))
        {
            // ascii/wide choose the plaintext forms that get encoded; base64wide widens the encoding.
            return (!ascii || CompileBase64(text, mods, compiled, source)) && (!wide || CompileBase64(Widen(text), mods, compiled, source));
        }

        (int lo, int hi) = (-1, -1);
        if (mods.TryGetValue(TokenKind.Xor, out ModifierSyntax? xor))
        {
            if (!XorRange(xor, source, out lo, out hi))
            {
                return false;
            }
        }

        foreach (bool isWide in new[] { false, true })
        {
            if (isWide ? !wide : !ascii)
            {
                continue;
            }

            byte[] form = isWide ? Widen(text) : text;
            if (lo < 0)
            {
                AddLiteral(compiled, form, noCase, isWide, -1);
                continue;
            }

            for (int key = lo; key <= hi; key++)
            {
                var x = new byte[form.Length];
                for (int i = 0; i < form.Length; i++)
                {
                    x[i] = (byte)(form[i] ^ key);
                }

                AddLiteral(compiled, x, false, isWide, key);
            }
        }

        return true;
    }

    private bool XorRange(ModifierSyntax xor, SourceText source, out int lo, out int hi)
    {
        lo = 0;
        hi = 255;
        if (xor.Arg1 is IntLiteralSyntax a)
        {
            lo = (int)Math.Clamp(a.Value, -1, 256);
            hi = xor.Arg2 is IntLiteralSyntax b ? (int)Math.Clamp(b.Value, -1, 256) : lo;
        }

        if (lo < 0 || hi > 255 || lo > 255 || hi < 0 || lo > hi)
        {
            _diagnostics.Error(DiagnosticCodes.InvalidXorRange, "invalid xor range", source, xor.Span, "xor keys go from 0 to 255 and the lower bound must not exceed the upper");
            return false;
        }

        return true;
    }

    private bool CompileBase64(byte[] text, Dictionary<TokenKind, ModifierSyntax> mods, CompiledString compiled, SourceText source)
    {
        string? alphabet = null;
        foreach (TokenKind k in new[] { TokenKind.Base64, TokenKind.Base64Wide })
        {
            if (!mods.TryGetValue(k, out ModifierSyntax? m) || m.TextArg is null)
            {
                continue;
            }

            byte[]? decoded = TextEscapes.Decode(m.TextArg, out _);
            if (decoded is null || decoded.Length != 64)
            {
                _diagnostics.Error(DiagnosticCodes.InvalidBase64Alphabet, "base64 alphabet must be 64 characters long", source, m.TextArgSpan);
                return false;
            }

            string a = System.Text.Encoding.Latin1.GetString(decoded);
            if (alphabet is not null && alphabet != a)
            {
                _diagnostics.Error(DiagnosticCodes.InvalidBase64Alphabet, "base64 and base64wide must use the same alphabet", source, m.Span);
                return false;
            }

            alphabet = a;
        }

        foreach (byte[] encoded in Base64Variants.Encode(text, alphabet ?? Base64Variants.StandardAlphabet))
        {
            if (mods.ContainsKey(TokenKind.Base64))
            {
                AddLiteral(compiled, encoded, false, false, -1);
            }

            if (mods.ContainsKey(TokenKind.Base64Wide))
            {
                AddLiteral(compiled, Widen(encoded), false, true, -1);
            }
        }

        return true;
    }

    private static void AddLiteral(CompiledString compiled, byte[] literal, bool noCase, bool wide, int xorKey)
    {
        var v = new StringVariant(compiled, literal, noCase, null, wide, xorKey);
        byte[] folded = noCase ? Array.ConvertAll(literal, AsciiCase.Lower) : literal;
        (int offset, int length, int quality) = AtomQuality.BestWindow(folded);
        v.Atoms.Add((folded.AsSpan(offset, length).ToArray(), offset, offset));
        compiled.MinAtomQuality = Math.Min(compiled.MinAtomQuality, quality);
        compiled.Variants.Add(v);
    }

    internal static byte[] Widen(byte[] s)
    {
        var w = new byte[s.Length * 2];
        for (int i = 0; i < s.Length; i++)
        {
            w[2 * i] = s[i];
        }

        return w;
    }

    private bool CompileRegex(StringSyntax s, Dictionary<TokenKind, ModifierSyntax> mods, CompiledString compiled, SourceText source)
    {
        bool noCase = mods.ContainsKey(TokenKind.Nocase) || s.RegexFlags.Contains('i');
        bool dotAll = s.RegexFlags.Contains('s');
        bool wide = mods.ContainsKey(TokenKind.Wide);
        bool ascii = mods.ContainsKey(TokenKind.Ascii) || !wide;
        var forms = new List<bool>();
        if (ascii)
        {
            forms.Add(false);
        }

        if (wide)
        {
            forms.Add(true);
        }

        return CompilePattern(RegexParser.Parse(s.Value, noCase, dotAll), s, new PatternOptions(noCase, dotAll), forms, compiled, source);
    }

    private bool CompilePattern(PatternParseResult parsed, StringSyntax s, PatternOptions options, List<bool> forms, CompiledString compiled, SourceText source)
    {
        if (parsed.Node is null)
        {
            foreach (PatternError e in parsed.Errors.Take(1))
            {
                string code = s.Kind == StringKind.Hex ? DiagnosticCodes.InvalidHexString : DiagnosticCodes.InvalidRegex;
                string what = s.Kind == StringKind.Hex ? "invalid hex string" : "invalid regular expression";
                _diagnostics.Error(code, $"{what} \"{s.Identifier}\": {e.Message}", source, new TextSpan(s.ValueSpan.Start + Math.Max(0, e.Offset), Math.Max(1, e.Length)));
            }

            return false;
        }

        if (parsed.StringDeclarationError is { } declError)
        {
            // libyara refuses greedy and lazy quantifiers mixed in one string (not in "matches").
            _diagnostics.Error(DiagnosticCodes.InvalidRegex, $"invalid regular expression \"{s.Identifier}\": {declError.Message}", source,
                new TextSpan(s.ValueSpan.Start + Math.Max(0, declError.Offset), Math.Max(1, declError.Length)));
            return false;
        }

        foreach (PatternError w in parsed.Warnings)
        {
            _diagnostics.Warning(DiagnosticCodes.SlowRegex, $"{s.Identifier} {w.Message}", source, s.IdSpan);
        }

        foreach (bool wide in forms)
        {
            PatternOptions o = options with { Wide = wide };
            PatternMatcher matcher = PatternMatcher.Create(parsed.Node, o);
            if (!options.CaseInsensitive && matcher.TryGetLiteral(out byte[] literal) && literal.Length > 0)
            {
                AddLiteral(compiled, literal, false, wide, -1);
                continue;
            }

            var v = new StringVariant(compiled, null, options.CaseInsensitive, matcher, wide, -1)
            {
                RequiredRuns = wide ? null : Compilation.RequiredRuns.Of(parsed.Node, options.CaseInsensitive),
            };
            IReadOnlyList<Atom> atoms = AtomExtractor.Extract(parsed.Node, o);
            if (atoms.Count > 0 && atoms.Count <= MaxAtomsPerVariant)
            {
                foreach (Atom a in atoms)
                {
                    v.Atoms.Add((options.CaseInsensitive ? Array.ConvertAll(a.Bytes, AsciiCase.Lower) : a.Bytes, a.MinOffset, a.MaxOffset));
                    compiled.MinAtomQuality = Math.Min(compiled.MinAtomQuality, a.Quality);
                }
            }
            else
            {
                compiled.MinAtomQuality = int.MinValue;
            }

            compiled.Variants.Add(v);
        }

        return true;
    }

    internal static string Word(TokenKind kind) => kind switch
    {
        TokenKind.Base64Wide => "base64wide",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
