namespace Semitori.Hunting.Analyzers.Quasar;

/// <summary>The outcome of decrypting one setting.</summary>
/// <param name="HasMac">The scheme carries an HMAC for this value.</param>
/// <param name="MacValid">The HMAC matched (false when <paramref name="HasMac"/> is false).</param>
/// <param name="Text">The plaintext when the padding and UTF-8 text were valid, otherwise null.</param>
internal sealed record DecryptedValue(bool HasMac, bool MacValid, string? Text);
