namespace Semitori.Hunting.Analyzers.Quasar;

/// <summary>One recovered setting.</summary>
/// <param name="Key">Detail key (e.g. <c>hosts</c>, <c>mutex</c>, <c>install</c>).</param>
/// <param name="Value">Plaintext value (empty when an encrypted value could not be decrypted).</param>
/// <param name="Slot">Where the builder wrote it.</param>
/// <param name="Encrypted">Stored encrypted in the file.</param>
/// <param name="Decrypted">An encrypted value that decrypted to text (false for plain values).</param>
/// <param name="MacValid">HMAC verdict for this value, null when the scheme has none or it is stored in clear.</param>
internal sealed record QuasarSetting(string Key, string Value, SettingsSlot Slot, bool Encrypted, bool Decrypted, bool? MacValid);
