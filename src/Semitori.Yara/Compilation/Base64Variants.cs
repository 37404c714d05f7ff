namespace Semitori.Yara.Compilation;

/// <summary>
/// The three base64 encodings libyara searches for a <c>base64</c> string: the text encoded at
/// each of the three alignments, with the characters that depend on unknown neighbouring bytes
/// removed. (So "This program cannot" also matches "Dhis program cannow": the documented
/// false-positive of the modifier.)
/// </summary>
internal static class Base64Variants
{
    public const string StandardAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    public static List<byte[]> Encode(byte[] text, string alphabet)
    {
        var result = new List<byte[]>(3);
        for (int pad = 0; pad < 3; pad++)
        {
            var input = new byte[pad + text.Length];
            text.CopyTo(input, pad);
            string encoded = EncodeNoPadding(input, alphabet);
            // Leading characters that carry bits of the padding bytes: 0, 2 or 3.
            int skip = pad switch { 0 => 0, 1 => 2, _ => 3 };
            // A trailing partial group's last character also carries unknown (zero-filled) bits.
            int trim = input.Length % 3 == 0 ? 0 : 1;
            int length = encoded.Length - skip - trim;
            if (length <= 0)
            {
                continue;
            }

            result.Add(System.Text.Encoding.Latin1.GetBytes(encoded.Substring(skip, length)));
        }

        return result;
    }

    private static string EncodeNoPadding(byte[] input, string alphabet)
    {
        var sb = new System.Text.StringBuilder((input.Length + 2) / 3 * 4);
        int i = 0;
        for (; i + 2 < input.Length; i += 3)
        {
            int v = (input[i] << 16) | (input[i + 1] << 8) | input[i + 2];
            sb.Append(alphabet[(v >> 18) & 63]).Append(alphabet[(v >> 12) & 63]).Append(alphabet[(v >> 6) & 63]).Append(alphabet[v & 63]);
        }

        int rest = input.Length - i;
        if (rest == 1)
        {
            int v = input[i] << 16;
            sb.Append(alphabet[(v >> 18) & 63]).Append(alphabet[(v >> 12) & 63]);
        }
        else if (rest == 2)
        {
            int v = (input[i] << 16) | (input[i + 1] << 8);
            sb.Append(alphabet[(v >> 18) & 63]).Append(alphabet[(v >> 12) & 63]).Append(alphabet[(v >> 6) & 63]);
        }

        return sb.ToString();
    }
}
