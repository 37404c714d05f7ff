using System.Text;

namespace Semitori.Sigma.Modifiers;

/// <summary><c>base64</c>, <c>base64offset</c> and the UTF-16 family (<c>utf16le</c>, <c>utf16be</c>, <c>utf16</c>, <c>wide</c>).</summary>
internal static class EncodingModifiers
{
    public static IEnumerable<RuleValue> Utf16(RuleValue value, SigmaModifier modifier)
    {
        string text = value.AsText();
        byte[] bytes = modifier switch
        {
            SigmaModifier.Utf16Be => Encoding.BigEndianUnicode.GetBytes(text),
            SigmaModifier.Utf16 => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            _ => Encoding.Unicode.GetBytes(text),
        };
        yield return new RuleValue(null, bytes);
    }

    public static IEnumerable<RuleValue> Base64(RuleValue value)
    {
        yield return new RuleValue(Convert.ToBase64String(value.AsBytes()));
    }

    /// <summary>
    /// The value as it appears inside a longer base64 string: for each of the three alignments,
    /// the encoding of the value shifted by that many bytes, minus the characters that depend on
    /// the unknown neighbours (the method of pySigma's <c>SigmaBase64OffsetModifier</c>).
    /// </summary>
    public static IEnumerable<RuleValue> Base64Offset(RuleValue value)
    {
        byte[] bytes = value.AsBytes();
        int[] startTrim = [0, 2, 3];
        int[] endTrim = [0, 3, 2];
        for (int shift = 0; shift < 3; shift++)
        {
            byte[] shifted = new byte[shift + bytes.Length];
            bytes.CopyTo(shifted, shift);
            string encoded = Convert.ToBase64String(shifted);
            int end = encoded.Length - endTrim[(bytes.Length + shift) % 3];
            int start = startTrim[shift];
            yield return new RuleValue(end > start ? encoded[start..end] : string.Empty);
        }
    }
}
