namespace Semitori.Formats.DotNet;

/// <summary>An AssemblyRef row (libyara <c>assembly_refs[]</c>).</summary>
public sealed record DotNetAssemblyRef(string? Name, DotNetVersion Version, string? Culture, uint Flags, byte[] PublicKeyOrToken);
