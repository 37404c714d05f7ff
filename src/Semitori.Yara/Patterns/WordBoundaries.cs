namespace Semitori.Yara.Patterns;

/// <summary>
/// <c>\b</c> semantics of libyara: a boundary where "word character before" differs from "word
/// character at". With <c>wide</c> a character is 2 bytes and is a word character only when its
/// second byte is 0x00 (corpus: <c>/\babc/ wide</c> fails after "x\0" but matches after "x\t").
/// Outside the data counts as non-word.
/// </summary>
internal static class WordBoundaries
{
    public static bool IsBoundary(ReadOnlySpan<byte> data, int pos, bool wide)
    {
        int width = wide ? 2 : 1;
        return IsWordAt(data, pos - width, wide) != IsWordAt(data, pos, wide);
    }

    private static bool IsWordAt(ReadOnlySpan<byte> data, int pos, bool wide)
    {
        if (pos < 0 || pos >= data.Length || !ByteSet.Word.Contains(data[pos]))
        {
            return false;
        }

        return !wide || (pos + 1 < data.Length && data[pos + 1] == 0);
    }
}
