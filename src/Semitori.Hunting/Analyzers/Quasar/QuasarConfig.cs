namespace Semitori.Hunting.Analyzers.Quasar;

/// <summary>A recovered Quasar client configuration and how it was recovered.</summary>
/// <param name="Layout">The version layout that decrypted it.</param>
/// <param name="Candidate">The static constructor it came from.</param>
/// <param name="Mac">HMAC verdict over all encrypted values.</param>
/// <param name="Settings">Settings in builder order: strings, then bools, the int and the sbyte slot.</param>
/// <param name="EncryptedCount">Non-empty encrypted values examined.</param>
/// <param name="MacValidCount">Of those, values whose HMAC matched.</param>
/// <param name="DecryptedCount">Of those, values that decrypted to text.</param>
/// <param name="Certificate">The 1.4 server certificate check, null for other versions.</param>
internal sealed record QuasarConfig(
    QuasarLayout Layout,
    SettingsCandidate Candidate,
    QuasarMacStatus Mac,
    IReadOnlyList<QuasarSetting> Settings,
    int EncryptedCount,
    int MacValidCount,
    int DecryptedCount,
    ServerCertificateInfo? Certificate)
{
    /// <summary>The value of <paramref name="key"/>, or null when the layout has no such setting.</summary>
    public string? this[string key] => Settings.FirstOrDefault(s => s.Key == key)?.Value;
}
