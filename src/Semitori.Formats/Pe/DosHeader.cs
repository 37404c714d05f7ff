namespace Semitori.Formats.Pe;

/// <summary>The fields of IMAGE_DOS_HEADER a reader needs: the magic and where the NT headers start.</summary>
public sealed record DosHeader(ushort Magic, uint NewHeaderOffset);
