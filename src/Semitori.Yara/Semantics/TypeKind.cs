namespace Semitori.Yara.Semantics;

/// <summary>The static type of an expression, as the binder checks it.</summary>
public enum TypeKind
{
    /// <summary>A boolean.</summary>
    Bool,

    /// <summary>A signed 64-bit integer.</summary>
    Int,

    /// <summary>A double.</summary>
    Float,

    /// <summary>A byte string.</summary>
    String,

    /// <summary>A regular expression (only as a function argument or after <c>matches</c>).</summary>
    Regex,

    /// <summary>A module structure with named fields.</summary>
    Struct,

    /// <summary>A module array, indexed by integers.</summary>
    Array,

    /// <summary>A module dictionary, indexed by strings.</summary>
    Dictionary,

    /// <summary>A module function (one or more overloads).</summary>
    Function,
}
