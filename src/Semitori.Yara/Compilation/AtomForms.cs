namespace Semitori.Yara.Compilation;

/// <summary>
/// The index keys of one variant's atoms: each atom once, or, for a case-insensitive variant,
/// in every case form (at most 16 for four letters), each paired with the atom's entry. The
/// entry (with its quick check) is built once per atom and shared by its case forms.
/// </summary>
internal static class AtomForms
{
    /// <summary>Keys are <c>length &lt;&lt; 32 | little-endian bytes</c>: one number orders by length, then bytes.</summary>
    public static (ulong Key, AtomEntry Entry)[] Of(StringVariant v)
    {
        int count = 0;
        foreach ((byte[] bytes, _, _) in v.Atoms)
        {
            count += v.NoCase ? 1 << Letters(bytes) : 1;
        }

        var forms = new (ulong, AtomEntry)[count];
        int n = 0;
        foreach ((byte[] bytes, int min, int max) in v.Atoms)
        {
            AtomEntry entry = AtomEntry.For(v, bytes, min, max);
            ulong length = (ulong)bytes.Length << 32;
            if (!v.NoCase)
            {
                forms[n++] = (LengthKey(bytes), entry);
                continue;
            }

            // Same order as enumerating masks 0..2^letters-1, bit j choosing upper case for the j-th letter.
            int letters = Letters(bytes);
            for (int mask = 0; mask < 1 << letters; mask++)
            {
                uint key = 0;
                int j = 0;
                for (int i = 0; i < bytes.Length; i++)
                {
                    byte b = bytes[i];
                    if (AsciiCase.IsLetter(b))
                    {
                        b = (mask & (1 << j++)) != 0 ? (byte)(b & ~0x20) : (byte)(b | 0x20);
                    }

                    key |= (uint)b << (8 * i);
                }

                forms[n++] = (length | key, entry);
            }
        }

        return forms;
    }

    /// <summary>The key with the length above the bytes, as the index groups forms and the planner counts windows.</summary>
    public static ulong LengthKey(ReadOnlySpan<byte> atom) => ((ulong)atom.Length << 32) | Key(atom);

    public static uint Key(ReadOnlySpan<byte> atom)
    {
        uint k = 0;
        for (int i = atom.Length - 1; i >= 0; i--)
        {
            k = (k << 8) | atom[i];
        }

        return k;
    }

    private static int Letters(ReadOnlySpan<byte> atom)
    {
        int n = 0;
        foreach (byte b in atom)
        {
            n += AsciiCase.IsLetter(b) ? 1 : 0;
        }

        return n;
    }
}
