using System.Text;
using Semitori.Formats.DotNet;
using Semitori.Formats.Pe;
using Semitori.Yara.Semantics;
using static Semitori.Yara.Modules.ModuleSupport;
using static Semitori.Yara.Modules.Pe.PeHeaderProjection;

namespace Semitori.Yara.Modules.DotNet;

/// <summary>
/// The <c>dotnet</c> module of YARA 4.5, projecting <see cref="DotNetFile"/> read with libyara's
/// stream choice. As in libyara: every field is undefined for a non-PE file, <c>is_dotnet</c> is
/// 0 for a PE without CLR metadata, and the count of a metadata table (constants, modulerefs,
/// field offsets, assembly refs, resources) is set only when that table is present.
/// </summary>
public sealed class DotNetModule : IYaraModule
{
    private const byte StringElementType = 0x0E;

    private static readonly DotNetReaderOptions Options = new() { StreamSelection = MetadataStreamSelection.Yara };

    public string Name => "dotnet";

    public YaraType Declaration { get; } = DotNetDeclaration.Build();

    public object? Load(ModuleLoadContext context)
    {
        var root = new Dictionary<string, object?>(StringComparer.Ordinal);
        PeFile pe = PeFile.FromBytes(context.Data);
        if (!pe.IsPe)
        {
            return root;
        }

        DotNetFile net = DotNetFile.FromPe(pe, Options);
        root["is_dotnet"] = net.IsDotNet ? 1L : 0L;
        if (!net.IsDotNet)
        {
            return root;
        }

        root["version"] = Latin1(net.MetadataVersion);
        root["number_of_streams"] = (long)net.Streams.Count;
        root["streams"] = List(net.Streams, s => Dict(("name", Latin1(s.Name)), ("offset", s.FileOffset), ("size", (long)s.Size)));
        if (net.GuidStream is not null)
        {
            root["number_of_guids"] = Lazy(() => (long)net.GuidStrings.Count);
            root["guids"] = Lazy(() => List(net.GuidStrings, g => (object?)g));
        }

        if (net.UserStringsStream is not null)
        {
            root["number_of_user_strings"] = Lazy(() => (long)net.UserStrings.Count);
            root["user_strings"] = Lazy(() => List(net.UserStrings, u => (object?)u.Utf16Bytes));
        }

        // libyara reads the tables only when #~, #Strings and #Blob are all present.
        if (net.Tables is { } tables && net.StringsStream is not null && net.BlobStream is not null)
        {
            ProjectTables(net, tables, root);
        }

        return root;
    }

    private static void ProjectTables(DotNetFile net, MetadataTables tables, Dictionary<string, object?> root)
    {
        bool Has(MetadataTable t) => ((tables.ValidMask >> (int)t) & 1) != 0;

        root["module_name"] = Lazy(() => Utf8(net.Module?.Name));
        root["typelib"] = Lazy(() => Utf8(net.Typelib));
        if (Has(MetadataTable.Assembly))
        {
            root["assembly"] = Lazy(() => net.Assembly is { } a
                ? Dict(("version", Version(a.Version)), ("name", Utf8(a.Name)), ("culture", string.IsNullOrEmpty(a.Culture) ? null : Utf8(a.Culture)))
                : null);
        }

        if (Has(MetadataTable.AssemblyRef))
        {
            root["number_of_assembly_refs"] = Lazy(() => (long)net.AssemblyRefs.Count);
            root["assembly_refs"] = Lazy(() => List(net.AssemblyRefs, r => Dict(
                ("version", Version(r.Version)),
                ("name", Utf8(r.Name)),
                ("public_key_or_token", r.PublicKeyOrToken.Length > 0 ? r.PublicKeyOrToken : null))));
        }

        if (Has(MetadataTable.ModuleRef))
        {
            root["number_of_modulerefs"] = Lazy(() => (long)net.ModuleRefs.Count(m => m is not null));
            root["modulerefs"] = Lazy(() => List(net.ModuleRefs.Where(m => m is not null), m => Utf8(m)));
        }

        if (Has(MetadataTable.Constant))
        {
            // libyara keeps only string constants (ELEMENT_TYPE_STRING, 0x0E).
            root["number_of_constants"] = Lazy(() => (long)net.Constants.Count(c => c.ElementType == StringElementType));
            root["constants"] = Lazy(() => List(net.Constants.Where(c => c.ElementType == StringElementType), c => (object?)c.Value.ToArray()));
        }

        if (Has(MetadataTable.FieldRva))
        {
            root["number_of_field_offsets"] = Lazy(() => (long)net.FieldOffsets.Count);
            root["field_offsets"] = Lazy(() => List(net.FieldOffsets, o => (object?)o));
        }

        if (Has(MetadataTable.ManifestResource))
        {
            root["number_of_resources"] = Lazy(() => (long)net.Resources.Count);
            root["resources"] = Lazy(() => List(net.Resources, r => Dict(
                ("name", Utf8(r.Name)),
                ("offset", r.IsEmbedded ? r.DataOffset : null),
                ("length", r.IsEmbedded && r.Length is { } n ? (long)n : null))));
        }

        root["number_of_classes"] = Lazy(() => (long)net.Classes.Count);
        root["classes"] = Lazy(() => List(net.Classes, DotNetClassProjection.Class));
    }

    private static Dictionary<string, object?> Version(DotNetVersion v) => Dict(
        ("major", (long)v.Major), ("minor", (long)v.Minor), ("build_number", (long)v.Build), ("revision_number", (long)v.Revision));

    /// <summary>#Strings entries are UTF-8 in the file; libyara passes their bytes through.</summary>
    internal static byte[]? Utf8(string? s) => s is null ? null : Encoding.UTF8.GetBytes(s);
}
