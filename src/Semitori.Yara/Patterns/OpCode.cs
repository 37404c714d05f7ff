namespace Semitori.Yara.Patterns;

/// <summary>
/// Instructions of the Pike VM program built by <see cref="ProgramCompiler"/>. The byte-consuming
/// opcodes come first: <see cref="PikeVm"/> tests <c>op &lt;= Any</c>.
/// </summary>
internal enum OpCode : byte
{
    /// <summary>Consume one byte equal to A.</summary>
    Byte,

    /// <summary>Consume one byte in set number A.</summary>
    Set,

    /// <summary>Consume any byte.</summary>
    Any,

    /// <summary>Continue at A (preferred) and at B.</summary>
    Split,

    /// <summary>Continue at A.</summary>
    Jmp,

    /// <summary><c>^</c>.</summary>
    AssertStart,

    /// <summary><c>$</c>.</summary>
    AssertEnd,

    /// <summary><c>\b</c>.</summary>
    WordBoundary,

    /// <summary><c>\B</c>.</summary>
    NotWordBoundary,

    /// <summary>A match ends here.</summary>
    Match,

    /// <summary>Dead end (a repeat that cannot fit in the scan window).</summary>
    Fail,
}
