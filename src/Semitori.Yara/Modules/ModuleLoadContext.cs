namespace Semitori.Yara.Modules;

/// <summary>What a module sees of a scan when it loads: the bytes, and optional host-supplied module data.</summary>
public sealed class ModuleLoadContext
{
    public ModuleLoadContext(ReadOnlyMemory<byte> data, byte[]? moduleData = null)
    {
        Data = data;
        ModuleData = moduleData;
    }

    public ReadOnlyMemory<byte> Data { get; }

    public byte[]? ModuleData { get; }
}
