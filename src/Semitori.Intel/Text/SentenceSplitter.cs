namespace Semitori.Intel.Text;

/// <summary>
/// Splits plain text into sentences for Japanese and English: after 。！？, after . ! ? followed by
/// white space, and at line ends (news articles put headings on their own lines). A blank line starts a
/// new paragraph. Text inside 「」 is not split, so a quoted statement stays with its sentence.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>
    /// Longest sentence kept whole. Text without terminators (a dump, a hostile file) is cut here, so the
    /// per-sentence work of the extractor stays linear in the input.
    /// </summary>
    public const int MaxSentenceLength = 2000;

    public static IReadOnlyList<TextSentence> Split(string text)
    {
        var sentences = new List<TextSentence>();
        int paragraph = 0;
        int start = 0;
        int quoteDepth = 0;
        int newlines = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                Add(sentences, text, start, i, paragraph);
                start = i + 1;
                newlines++;
                quoteDepth = 0;
                continue;
            }

            if (newlines >= 2 && !char.IsWhiteSpace(c))
            {
                paragraph++;
            }

            if (!char.IsWhiteSpace(c))
            {
                newlines = 0;
            }

            if (c is '「' or '『')
            {
                quoteDepth++;
            }
            else if (c is '」' or '』' && quoteDepth > 0)
            {
                quoteDepth--;
            }

            bool end = (quoteDepth == 0 && (c is '。' or '！' or '？'
                || (c is '.' or '!' or '?' && (i + 1 == text.Length || text[i + 1] is ' ' or '\t' or '\r' or '\n') && !IsAbbreviation(text, i))))
                || (i + 1 - start >= MaxSentenceLength && (char.IsWhiteSpace(c) || i + 1 - start >= MaxSentenceLength + 200));
            if (end)
            {
                Add(sentences, text, start, i + 1, paragraph);
                start = i + 1;
            }
        }

        Add(sentences, text, start, text.Length, paragraph);
        return sentences;
    }

    // "e.g. " and "U.S. " end with a dot but rarely end a sentence.
    private static bool IsAbbreviation(string text, int dot)
    {
        int wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        string word = text[wordStart..dot];
        return word is "e.g" or "i.e" or "U.S" or "Mr" or "Ms" or "Dr" or "vs" or "etc" or "Inc" or "No" or "al";
    }

    private static void Add(List<TextSentence> sentences, string text, int start, int end, int paragraph)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new TextSentence(sentences.Count, paragraph, start, text[start..end]));
        }
    }
}
