using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Semitori.Hunting.Tests.Analyzers.ConfuserEx;

/// <summary>
/// Minimal modules written with the BCL's MetadataBuilder, for tables PersistedAssemblyBuilder
/// cannot write: a File row named "koi" (the ConfuserEx compressor stub) and edit-and-continue rows.
/// </summary>
internal static class MinimalImages
{
    public static byte[] WithFileRow(string fileRowName) => Build(md =>
        md.AddAssemblyFile(md.GetOrAddString(fileRowName), md.GetOrAddBlob(new byte[20]), containsMetadata: true));

    /// <summary>ENCLog/ENCMap rows; MetadataBuilder then writes an uncompressed #- stream (and #JTD), as a delta should.</summary>
    public static byte[] WithEncRows() => Build(md =>
    {
        md.AddEncLogEntry(MetadataTokens.TypeDefinitionHandle(1), EditAndContinueOperation.Default);
        md.AddEncMapEntry(MetadataTokens.TypeDefinitionHandle(1));
    });

    /// <summary>The same rows under a compressed #~ stream name, as ConfuserEx's invalid-metadata protection leaves them.</summary>
    public static byte[] WithEncRowsInCompressedStream()
    {
        byte[] image = WithEncRows();
        int at = image.AsSpan().IndexOf("#-\0\0"u8);
        "#~\0\0"u8.CopyTo(image.AsSpan(at));
        return image;
    }

    private static byte[] Build(Action<MetadataBuilder> addRows)
    {
        var md = new MetadataBuilder();
        md.AddModule(0, md.GetOrAddString("stub.exe"), md.GetOrAddGuid(new Guid("5a1e3c2b-0000-4000-8000-000000000001")), default, default);
        md.AddAssembly(md.GetOrAddString("stub"), new Version(1, 0, 0, 0), default, default, 0, AssemblyHashAlgorithm.Sha1);
        md.AddTypeDefinition(default, default, md.GetOrAddString("<Module>"), default, MetadataTokens.FieldDefinitionHandle(1), MetadataTokens.MethodDefinitionHandle(1));
        addRows(md);
        var pe = new ManagedPEBuilder(PEHeaderBuilder.CreateLibraryHeader(), new MetadataRootBuilder(md), new BlobBuilder());
        var image = new BlobBuilder();
        pe.Serialize(image);
        return image.ToArray();
    }
}
