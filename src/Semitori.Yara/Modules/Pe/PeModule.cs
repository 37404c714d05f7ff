using System.Text;
using Semitori.Formats.Pe;
using Semitori.Yara.Semantics;
using static Semitori.Yara.Modules.ModuleSupport;

namespace Semitori.Yara.Modules.Pe;

/// <summary>
/// The <c>pe</c> module of YARA 4.5, projecting <see cref="PeFile"/>. As in libyara the
/// constants are always set and <c>is_pe</c> is 0 for a non-PE file, whose other fields are all
/// undefined. Header fields are set at load; imports, exports, resources, signatures and the rich
/// header are computed on first read.
/// </summary>
public sealed class PeModule : IYaraModule
{
    public string Name => "pe";

    public YaraType Declaration { get; } = PeDeclaration.Build();

    public object? Load(ModuleLoadContext context)
    {
        var root = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach ((string name, long value) in PeConstants.All)
        {
            root[name] = value;
        }

        root["is_pe"] = 0L;
        PeFile pe = PeFile.FromBytes(context.Data);
        if (pe.Headers is not { } h)
        {
            return root;
        }

        root[PeState.Key] = new PeState(pe);
        PeHeaderProjection.Project(pe, h, root);
        PeDirectoryProjection.Project(pe, root);
        return root;
    }
}
