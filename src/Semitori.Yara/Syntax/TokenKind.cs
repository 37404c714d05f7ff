namespace Semitori.Yara.Syntax;

/// <summary>Kinds of YARA tokens. Keywords have their own kinds so the parser never compares text.</summary>
internal enum TokenKind
{
    EndOfFile,
    Bad,
    Identifier,
    StringIdentifier,          // $a, $ (anonymous)
    StringIdentifierWildcard,  // $a*, $*
    StringCount,               // #a
    StringOffset,              // @a
    StringLength,              // !a
    Integer,
    Float,
    Text,                      // "..." (raw, escapes unprocessed)
    Regex,                     // /.../flags
    HexString,                 // { ... } lexed only where a string value is expected

    LBrace, RBrace, LParen, RParen, LBracket, RBracket,
    Colon, Equals, Comma, Dot, DotDot,
    Plus, Minus, Star, Backslash, Percent,
    Ampersand, Pipe, Caret, Tilde, ShiftLeft, ShiftRight,
    Less, LessEqual, Greater, GreaterEqual, EqualEqual, NotEqual,

    // keywords
    All, And, Any, Ascii, At, Base64, Base64Wide, Condition, Contains, Defined, EndsWith,
    Entrypoint, False, Filesize, For, Fullword, Global, Import, IContains, IEndsWith,
    IEquals, In, Include, IStartsWith, Matches, Meta, Nocase, None, Not, Of, Or, Private,
    Rule, StartsWith, Strings, Them, True, Wide, Xor,
    IntFunction, // int8 .. uint32be
}
