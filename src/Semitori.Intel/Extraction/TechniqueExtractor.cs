using System.Text.RegularExpressions;
using Semitori.Intel.Knowledge;
using Semitori.Intel.Text;

namespace Semitori.Intel.Extraction;

/// <summary>
/// Maps report sentences to ATT&amp;CK techniques from explicit ids (T1199, T1574.002) and from the pack's
/// cue words (MSP → T1199, 難読化 → T1027), keeping each evidence sentence. Revoked ids are replaced by
/// their successor and the original id is kept, because the Navigator drops revoked techniques silently.
/// </summary>
internal static partial class TechniqueExtractor
{
    public static IReadOnlyList<ExtractedTechnique> Extract(KnowledgeBase kb, IReadOnlyList<TextSentence> sentences, string folded)
    {
        var evidence = new Dictionary<string, (string? Revoked, List<TechniqueEvidence> Items)>(StringComparer.Ordinal);
        var seen = new HashSet<(string, int, string)>();

        void Add(string id, string cue, int sentence, string confidence)
        {
            string? revoked = null;
            if (kb.Revoked(id) is { } r)
            {
                revoked = id;
                id = r.ReplacedBy;
            }

            if (!evidence.TryGetValue(id, out var entry))
            {
                entry = (revoked, []);
                evidence[id] = entry;
            }

            if (seen.Add((id, sentence, cue)))
            {
                entry.Items.Add(new TechniqueEvidence(cue, sentence, confidence));
            }
        }

        foreach (TextSentence sentence in sentences)
        {
            string text = folded.Substring(sentence.Start, sentence.Text.Length);
            foreach (Match m in TechniqueId().Matches(text))
            {
                Add(m.Value.ToUpperInvariant(), m.Value, sentence.Index, "high");
            }

            foreach (TechniqueCue cue in kb.TechniqueCues)
            {
                foreach (string word in cue.Cues)
                {
                    if (Contains(text, word))
                    {
                        Add(cue.Technique, word, sentence.Index, cue.Confidence);
                    }
                }
            }
        }

        return evidence
            .Select(e => new ExtractedTechnique(e.Key, kb.Technique(e.Key)?.Name ?? e.Key, e.Value.Revoked, e.Value.Items))
            .OrderBy(t => t.Evidence[0].Sentence).ThenBy(t => t.Id, StringComparer.Ordinal)
            .ToList();
    }

    // Latin cues match at a word start (so "obfuscat" covers obfuscated/obfuscation); an acronym cue
    // (MSP, WMI) must also end at a word end, allowing a plural "s". Japanese cues are plain substrings.
    private static bool Contains(string text, string cue)
    {
        if (cue.Any(c => c >= 0x80))
        {
            return text.Contains(cue, StringComparison.Ordinal);
        }

        bool acronym = cue.All(c => char.IsUpper(c) || char.IsDigit(c)) && cue.Length <= 5;
        StringComparison comparison = acronym ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        for (int at = text.IndexOf(cue, comparison); at >= 0; at = text.IndexOf(cue, at + 1, comparison))
        {
            bool startOk = at == 0 || !char.IsAsciiLetterOrDigit(text[at - 1]);
            int end = at + cue.Length;
            bool endOk = !acronym || end >= text.Length || !char.IsAsciiLetterOrDigit(text[end])
                || (text[end] == 's' && (end + 1 >= text.Length || !char.IsAsciiLetterOrDigit(text[end + 1])));
            if (startOk && endOk)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9])T[0-9]{4}(?:\.[0-9]{3})?(?![0-9])")]
    private static partial Regex TechniqueId();
}
