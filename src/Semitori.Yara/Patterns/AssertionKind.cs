namespace Semitori.Yara.Patterns;

/// <summary>Zero-width assertions of YARA regular expressions.</summary>
internal enum AssertionKind
{
    /// <summary><c>^</c>: the start of the scanned data (not of a line).</summary>
    Start,

    /// <summary><c>$</c>: the end of the scanned data.</summary>
    End,

    /// <summary><c>\b</c>: a change between word (<c>\w</c>) and non-word bytes.</summary>
    WordBoundary,

    /// <summary><c>\B</c>: no such change.</summary>
    NotWordBoundary,
}
