namespace Semitori.Sigma.Modifiers;

/// <summary>The field modifiers of the Sigma 2 specification (appendix "modifiers").</summary>
public enum SigmaModifier
{
    /// <summary>Value occurs anywhere in the field.</summary>
    Contains,

    /// <summary>Field starts with the value.</summary>
    StartsWith,

    /// <summary>Field ends with the value.</summary>
    EndsWith,

    /// <summary>All values must match (AND instead of OR).</summary>
    All,

    /// <summary>Value is base64-encoded before matching.</summary>
    Base64,

    /// <summary>The three base64 encodings of the value at offsets 0, 1 and 2 within a longer string.</summary>
    Base64Offset,

    /// <summary>Value is encoded as UTF-16LE.</summary>
    Utf16Le,

    /// <summary>Value is encoded as UTF-16BE.</summary>
    Utf16Be,

    /// <summary>Value is encoded as UTF-16 with a little-endian BOM.</summary>
    Utf16,

    /// <summary>Alias of <see cref="Utf16Le"/>.</summary>
    Wide,

    /// <summary>Dash variants of command-line switches (-, /, en dash, em dash, horizontal bar).</summary>
    Windash,

    /// <summary>Value is a regular expression.</summary>
    Re,

    /// <summary>Regex flag: ignore case.</summary>
    IgnoreCase,

    /// <summary>Regex flag: ^ and $ match at line breaks.</summary>
    Multiline,

    /// <summary>Regex flag: dot matches line breaks.</summary>
    DotAll,

    /// <summary>Value is an IPv4/IPv6 network in CIDR notation.</summary>
    Cidr,

    /// <summary>Numeric less-than.</summary>
    Lt,

    /// <summary>Numeric less-or-equal.</summary>
    Lte,

    /// <summary>Numeric greater-than.</summary>
    Gt,

    /// <summary>Numeric greater-or-equal.</summary>
    Gte,

    /// <summary>Field presence test (value true/false).</summary>
    Exists,

    /// <summary>Value names another field whose value must be equal.</summary>
    FieldRef,

    /// <summary>Value contains %placeholders% replaced from configuration.</summary>
    Expand,

    /// <summary>Case-sensitive string comparison.</summary>
    Cased,
}
