using System.Text;
using Semitori.Hunting.Iocs;

namespace Semitori.Hunting.Tests.Iocs;

/// <summary>
/// The literal prefilter must never lose a match: on paths built from signature-base's own
/// patterns (so that many of them match), the indexed matcher returns exactly what running every
/// regex on every path returns. Every 40th pattern is sampled (96 patterns, 288 paths, ~2.2 million regex runs) to keep the test to seconds.
/// </summary>
public sealed class PrefilterSoundnessTests
{
    [SignatureBaseFact]
    public void Indexed_matching_equals_running_every_regex()
    {
        IocSet set = SignatureBaseIocs.Set;
        var matcher = new FilenameIocMatcher(set.Filenames);
        var paths = new List<string>();
        for (int i = 0; i < set.Filenames.Count; i += 40)
        {
            string body = Sample(set.Filenames[i].Pattern);
            paths.Add(@"C:\Users\u\" + body.TrimStart('\\'));
            paths.Add("/mnt/evidence/u/" + body.Replace('\\', '/').TrimStart('/'));
            paths.Add("case.zip!" + body.Replace('\\', '/').TrimStart('/'));
        }

        int matched = 0;
        foreach (string path in paths)
        {
            var expected = matcher.MatchWithoutPrefilter(path).Select(f => f.Line).ToList();
            var actual = matcher.Match(path).Select(f => f.Line).ToList();
            Assert.True(expected.SequenceEqual(actual), $"{path}: all regexes give lines [{string.Join(",", expected)}], the indexed matcher [{string.Join(",", actual)}]");
            matched += expected.Count > 0 ? 1 : 0;
        }

        // The sample paths must exercise matches, or the comparison proves little.
        Assert.True(matched > paths.Count / 2, $"only {matched} of {paths.Count} sample paths match anything");
    }

    /// <summary>A string the pattern is likely to match: first alternatives, one of each class, quantifiers dropped.</summary>
    private static string Sample(string pattern)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            switch (c)
            {
                case '\\' when i + 1 < pattern.Length:
                    char e = pattern[++i];
                    sb.Append(e switch { 'd' => "1", 'w' => "a", 's' => " ", 'b' or 'B' => "", _ => e.ToString() });
                    break;
                case '[':
                    int end = i + 1;
                    while (end < pattern.Length && (pattern[end] != ']' || end == i + 1))
                    {
                        end += pattern[end] == '\\' ? 2 : 1;
                    }

                    string cls = pattern[(i + 1)..Math.Min(end, pattern.Length)];
                    sb.Append(cls.StartsWith('^') ? "x" : cls.StartsWith('\\') && cls.Length > 1 ? cls[1].ToString() : cls[..1]);
                    i = end;
                    break;
                case '(':
                    int depth = 0, j = i;
                    for (; j < pattern.Length; j++)
                    {
                        if (pattern[j] == '\\')
                        {
                            j++;
                            continue;
                        }

                        depth += pattern[j] == '(' ? 1 : pattern[j] == ')' ? -1 : 0;
                        if (depth == 0)
                        {
                            break;
                        }
                    }

                    string inner = pattern[(i + 1)..Math.Min(j, pattern.Length)];
                    if (!inner.StartsWith('?') || inner.StartsWith("?:", StringComparison.Ordinal))
                    {
                        sb.Append(Sample(FirstAlternative(inner.StartsWith("?:", StringComparison.Ordinal) ? inner[2..] : inner)));
                    }

                    i = j;
                    break;
                case '|':
                    return sb.ToString();
                case '{':
                    i = Math.Max(i, pattern.IndexOf('}', i));
                    break;
                case '.':
                    sb.Append('x');
                    break;
                case '^' or '$' or '?' or '*' or '+':
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    private static string FirstAlternative(string inner)
    {
        int depth = 0;
        for (int i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '\\')
            {
                i++;
            }
            else if (inner[i] is '(' or '[')
            {
                depth++;
            }
            else if (inner[i] is ')' or ']')
            {
                depth--;
            }
            else if (inner[i] == '|' && depth == 0)
            {
                return inner[..i];
            }
        }

        return inner;
    }
}
