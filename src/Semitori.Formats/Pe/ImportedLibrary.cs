namespace Semitori.Formats.Pe;

/// <summary>One imported DLL with its functions in thunk order.</summary>
/// <param name="Name">The DLL name as stored (case kept).</param>
/// <param name="Functions">Functions in thunk order; never empty (libyara drops DLLs without any).</param>
/// <param name="DescriptorOffset">File offset of the import (or delay-load) descriptor.</param>
public sealed record ImportedLibrary(string Name, IReadOnlyList<ImportedFunction> Functions, long DescriptorOffset);
