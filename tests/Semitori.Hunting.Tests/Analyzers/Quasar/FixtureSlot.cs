namespace Semitori.Hunting.Tests.Analyzers.Quasar;

/// <summary>What a fixture's static constructor stores in one field, in emission order.</summary>
internal enum FixtureSlotKind
{
    String,
    Boolean,
    Int32,
    SpecialFolder,

    /// <summary><c>ldsfld</c> of the special folder, <c>call Environment.GetFolderPath</c>, <c>stsfld</c> — not a constant slot.</summary>
    FolderPathCall,

    /// <summary><c>ldc.i4.s 26; call GetFolderPath; stsfld</c> as 1.0 writes DIR — an <c>ldc.i4.s</c> that is not a slot.</summary>
    InlineFolderPathCall,
}

/// <summary>One field of a fixture settings class: its name, kind and the literal the IL stores.</summary>
internal sealed record FixtureSlot(string Field, FixtureSlotKind Kind, string Literal = "", int Number = 0);
