namespace Semitori.Formats.DotNet;

/// <summary>A MethodDef row with its owning type's RID (0 when none).</summary>
public sealed record DotNetMethod(uint Rid, string? Name, uint Rva, ushort ImplFlags, ushort Flags, uint DeclaringTypeRid, ReadOnlyMemory<byte> Signature)
{
    public bool IsStatic => (Flags & 0x0010) != 0;

    public bool IsVirtual => (Flags & 0x0040) != 0;

    public bool IsAbstract => (Flags & 0x0400) != 0;

    public bool IsFinal => (Flags & 0x0020) != 0;

    /// <summary>MemberAccessMask: 1 private, 2 famANDassem, 3 assembly, 4 family, 5 famORassem, 6 public.</summary>
    public int Access => Flags & 0x0007;
}
