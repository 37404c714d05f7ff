namespace Semitori.Hunting.Analyzers.Quasar;

/// <summary>
/// One <c>load constant → stsfld</c> pair of a static constructor, in IL order.
/// </summary>
/// <param name="Kind">What was stored.</param>
/// <param name="Text">The string for <see cref="SettingsSlotKind.String"/> (empty when the #US entry is unreadable).</param>
/// <param name="Number">The constant for the numeric kinds (0/1 for booleans).</param>
/// <param name="FieldToken">The <c>stsfld</c> operand (a Field or MemberRef token); names are never consulted.</param>
/// <param name="IlOffset">Offset of the load instruction within the method code.</param>
/// <param name="FileOffset">File offset of the load instruction.</param>
internal sealed record SettingsSlot(SettingsSlotKind Kind, string Text, int Number, uint FieldToken, int IlOffset, long FileOffset);
