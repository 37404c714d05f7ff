namespace Semitori.Formats.DotNet;

/// <summary>The Assembly row (libyara <c>assembly.name/version/culture</c>).</summary>
public sealed record DotNetAssembly(string? Name, DotNetVersion Version, string? Culture, uint Flags, uint HashAlgorithm, byte[] PublicKey);
