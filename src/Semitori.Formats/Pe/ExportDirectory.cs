namespace Semitori.Formats.Pe;

/// <summary>The export directory: the DLL's own name and its export address table in index order.</summary>
public sealed class ExportDirectory
{
    public static ExportDirectory Empty { get; } = new() { Functions = [] };

    /// <summary>The Name field (libyara <c>dll_name</c>), null when absent.</summary>
    public string? DllName { get; init; }

    /// <summary>libyara <c>export_timestamp</c>.</summary>
    public uint TimeDateStamp { get; init; }

    public uint OrdinalBase { get; init; }

    /// <summary>NumberOfFunctions as stored (may exceed <see cref="Functions"/>.Count).</summary>
    public uint NumberOfFunctions { get; init; }

    /// <summary>NumberOfNames as stored.</summary>
    public uint NumberOfNames { get; init; }

    /// <summary>Exports in address-table order (libyara <c>export_details</c>).</summary>
    public required IReadOnlyList<ExportedFunction> Functions { get; init; }
}
