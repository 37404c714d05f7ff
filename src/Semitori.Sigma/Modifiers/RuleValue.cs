namespace Semitori.Sigma.Modifiers;

/// <summary>
/// A rule value on its way through the modifier chain: text, or bytes after an encoding
/// modifier (<c>utf16le</c>…) until <c>base64</c> turns them back into text. Null is the YAML null.
/// </summary>
internal sealed record RuleValue(string? Text, byte[]? Bytes = null, bool IsNumber = false)
{
    public bool IsNull => Text is null && Bytes is null;

    /// <summary>The value as bytes for encoders: UTF-8 text, as pySigma encodes before base64.</summary>
    public byte[] AsBytes() => Bytes ?? System.Text.Encoding.UTF8.GetBytes(Text ?? string.Empty);

    /// <summary>The value as a pattern string; bytes left unencoded are read as Latin-1.</summary>
    public string AsText() => Text ?? System.Text.Encoding.Latin1.GetString(Bytes ?? []);
}
