using Semitori.Formats.DotNet;

namespace Semitori.Hunting.Analyzers.Quasar;

/// <summary>
/// Turns a static constructor's IL into <see cref="SettingsSlot"/>s: a constant load immediately
/// followed by <c>stsfld</c>. Anything else (calls such as <c>GetFolderPath</c>, array set-up)
/// is skipped, which is what keeps the patched operands in their builder order.
/// </summary>
internal static class SettingsIlReader
{
    /// <summary>Slots kept per method; Quasar's settings have about 25, a resource-heavy .cctor a few hundred.</summary>
    public const int MaxSlots = 512;

    /// <summary>Instructions decoded per static constructor.</summary>
    public const int MaxInstructions = 1 << 14;

    public static IReadOnlyList<SettingsSlot> Read(DotNetMethodBody body, MetadataHeaps heaps)
    {
        IReadOnlyList<IlInstruction> code = body.Decode(MaxInstructions).Instructions;
        var slots = new List<SettingsSlot>();
        for (int i = 0; i + 1 < code.Count && slots.Count < MaxSlots; i++)
        {
            IlInstruction load = code[i];
            if (code[i + 1].OpCode != IlOpCodes.Stsfld)
            {
                continue;
            }

            uint field = code[i + 1].Token;
            long at = body.FileOffsetOf(load.Offset);
            SettingsSlot? slot = load.OpCode switch
            {
                IlOpCodes.Ldstr when load.TokenTable == 0x70 =>
                    new SettingsSlot(SettingsSlotKind.String, heaps.GetUserString(load.TokenRid) ?? string.Empty, 0, field, load.Offset, at),
                IlOpCodes.LdcI40 or IlOpCodes.LdcI41 => new SettingsSlot(SettingsSlotKind.Boolean, string.Empty, load.Int32Constant!.Value, field, load.Offset, at),
                IlOpCodes.LdcI4S => new SettingsSlot(SettingsSlotKind.SByte, string.Empty, load.Int32Constant!.Value, field, load.Offset, at),
                _ when load.Int32Constant is int value => new SettingsSlot(SettingsSlotKind.Int32, string.Empty, value, field, load.Offset, at),
                _ => null,
            };
            if (slot is not null)
            {
                slots.Add(slot);
            }
        }

        return slots;
    }
}
