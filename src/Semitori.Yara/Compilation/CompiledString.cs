using Semitori.Diagnostics;

namespace Semitori.Yara.Compilation;

/// <summary>A string definition after compilation: its variants (ascii/wide/xor/base64 forms) and flags.</summary>
internal sealed class CompiledString
{
    public CompiledString(int index, string identifier, int ruleIndex, bool isPrivate, bool fullword, TextSpan span)
    {
        Index = index;
        Identifier = identifier;
        RuleIndex = ruleIndex;
        IsPrivate = isPrivate;
        Fullword = fullword;
        Span = span;
    }

    /// <summary>Position among all strings; set again when a precompiled string is adopted by its rule.</summary>
    public int Index { get; set; }

    public string Identifier { get; }

    public int RuleIndex { get; set; }

    public bool IsPrivate { get; }

    public bool Fullword { get; }

    public TextSpan Span { get; }

    public List<StringVariant> Variants { get; } = [];

    /// <summary>Lowest atom quality over the variants (libyara's measure for the slow-string warning).</summary>
    public int MinAtomQuality { get; set; } = int.MaxValue;

    /// <summary>Only matches starting here are recorded (the string is used only as <c>$a at N</c>); -1 = anywhere.</summary>
    public long FixedOffset { get; set; } = -1;

    /// <summary>A hex string: yara prints its matches as hex bytes, not as text.</summary>
    public bool IsHex { get; set; }
}
