namespace Semitori.Formats.Pe;

/// <summary>
/// One imported function. <see cref="Name"/> follows libyara: the import-by-name string, or for an
/// import by ordinal the name from the frozen ws2_32/wsock32/oleaut32 table, else <c>ord&lt;N&gt;</c>.
/// </summary>
/// <param name="Name">The function name as libyara reports it.</param>
/// <param name="Ordinal">The ordinal when imported by ordinal, else null.</param>
/// <param name="Rva">RVA of the function's IAT slot (libyara <c>functions[i].rva</c>).</param>
/// <param name="Hint">The hint of an import by name (0 for ordinals).</param>
public sealed record ImportedFunction(string Name, ushort? Ordinal, ulong Rva, ushort Hint = 0)
{
    public bool IsByOrdinal => Ordinal.HasValue;
}
