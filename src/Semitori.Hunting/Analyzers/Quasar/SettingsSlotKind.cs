namespace Semitori.Hunting.Analyzers.Quasar;

/// <summary>
/// What a static field initialiser in a settings <c>.cctor</c> stores. The kinds follow the
/// operands Quasar's builder patches: the n-th <c>ldstr</c>, the n-th <c>ldc.i4.0/1</c> (a bool),
/// <c>ldc.i4</c> (the reconnect delay) and <c>ldc.i4.s</c> (the install special folder).
/// </summary>
internal enum SettingsSlotKind
{
    /// <summary><c>ldstr</c> → <c>stsfld</c>.</summary>
    String = 0,

    /// <summary><c>ldc.i4.0</c> or <c>ldc.i4.1</c> → <c>stsfld</c>.</summary>
    Boolean = 1,

    /// <summary><c>ldc.i4</c> or another short <c>ldc.i4.N</c> form → <c>stsfld</c>.</summary>
    Int32 = 2,

    /// <summary><c>ldc.i4.s</c> → <c>stsfld</c> (an enum such as <c>Environment.SpecialFolder</c>).</summary>
    SByte = 3,
}
