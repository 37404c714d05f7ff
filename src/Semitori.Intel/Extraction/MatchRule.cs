namespace Semitori.Intel.Extraction;

/// <summary>How a gazetteer surface form must sit in the text to count as a match.</summary>
internal enum MatchRule
{
    /// <summary>Latin script: no ASCII letter or digit on either side (not \b, which fails next to kana and kanji).</summary>
    Latin,
    /// <summary>Like <see cref="Latin"/>, but a version may follow directly ("ConfuserExv1.0.0").</summary>
    LatinWithVersion,
    /// <summary>Katakana: no katakana or long-vowel mark on either side (タイ must not match inside タイミング).</summary>
    Katakana,
    /// <summary>Kanji or mixed Japanese: a plain substring.</summary>
    Kanji,
    /// <summary>A single-kanji country abbreviation (米, 英): only inside a compound such as 米司法省 or 日米.</summary>
    KanjiAbbreviation,
}
