using Semitori.Formats.DotNet;

namespace Semitori.Hunting.Analyzers.Quasar;

/// <summary>A static constructor that may initialise Quasar settings, with the slots it stores.</summary>
/// <param name="MethodToken">MethodDef token of the <c>.cctor</c>.</param>
/// <param name="TypeToken">TypeDef token of its type (0 when unknown).</param>
/// <param name="TypeName">The type's name as the file has it (evidence only; the builder of 1.4 randomises it).</param>
/// <param name="Body">The method body (file offsets for evidence).</param>
/// <param name="Slots">Constant → <c>stsfld</c> pairs in IL order.</param>
/// <param name="BlobCount">String slots shaped like an encrypted value.</param>
internal sealed record SettingsCandidate(uint MethodToken, uint TypeToken, string TypeName, DotNetMethodBody Body, IReadOnlyList<SettingsSlot> Slots, int BlobCount)
{
    /// <summary>String slots in IL order: the order Quasar's builder writes its settings in.</summary>
    public IReadOnlyList<SettingsSlot> Strings { get; } = Slots.Where(s => s.Kind == SettingsSlotKind.String).ToList();

    /// <summary>Ranking: string pairs count, encrypted-looking ones twice.</summary>
    public int Score => Strings.Count + (2 * BlobCount);
}
