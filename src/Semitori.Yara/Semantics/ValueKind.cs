namespace Semitori.Yara.Semantics;

/// <summary>The runtime kind of a <see cref="Value"/>.</summary>
internal enum ValueKind : byte
{
    Undefined,
    Bool,
    Int,
    Float,
    String,
    Object,
}
