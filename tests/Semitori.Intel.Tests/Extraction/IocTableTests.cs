using Semitori.Intel.Extraction;

namespace Semitori.Intel.Tests.Extraction;

/// <summary>
/// The defang/IOC table (TestData/extraction/ioc-table.tsv): each row is a text and an indicator that
/// must be found (yes) or must not be found (no), in English and Japanese.
/// </summary>
public class IocTableTests
{
    public static TheoryData<int, string, string, string, string> Rows()
    {
        var data = new TheoryData<int, string, string, string, string>();
        foreach ((int line, string[] cells) in Read())
        {
            data.Add(line, cells[0], cells[1], cells[2], cells[3]);
        }

        return data;
    }

    [Fact]
    public void The_table_has_at_least_100_rows_with_positives_and_negatives_in_both_languages()
    {
        var rows = Read().Select(r => r.Cells).ToList();
        Assert.True(rows.Count >= 100, $"only {rows.Count} rows");
        Assert.Contains(rows, r => r[0] == "yes" && HasJapanese(r[3]));
        Assert.Contains(rows, r => r[0] == "no" && HasJapanese(r[3]));
        Assert.True(rows.Count(r => r[0] == "no") >= 30);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Row(int line, string expect, string kind, string value, string text)
    {
        IReadOnlyList<IocMatch> found = IocExtractor.Extract(text);
        string Describe() => $"line {line}: found [{string.Join(", ", found.Select(f => $"{Kind(f.Kind)}:{f.Value}"))}]";
        if (expect == "yes")
        {
            IocMatch? match = found.FirstOrDefault(f => Kind(f.Kind) == kind && f.Value == value);
            Assert.True(match is not null, Describe());
            // The surface form is the text as written, at the reported offset.
            Assert.Equal(match!.Surface, text.Substring(match.Start, match.Length));
        }
        else if (kind == "*")
        {
            Assert.True(found.Count == 0, Describe());
        }
        else
        {
            Assert.False(found.Any(f => Kind(f.Kind) == kind && (value == "*" || f.Value == value)), Describe());
        }
    }

    [Fact]
    public void Defanged_values_are_flagged_and_plain_ones_are_not()
    {
        Assert.True(IocExtractor.Extract("evil[.]example[.]com").Single().Defanged);
        Assert.False(IocExtractor.Extract("evil.example.com").Single().Defanged);
    }

    private static IEnumerable<(int Line, string[] Cells)> Read()
    {
        string[] lines = File.ReadAllLines(TestKnowledge.DataPath("extraction", "ioc-table.tsv"));
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length > 0 && !lines[i].StartsWith('#'))
            {
                yield return (i + 1, lines[i].Split('\t'));
            }
        }
    }

    private static string Kind(IocKind kind) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());

    private static bool HasJapanese(string text) => text.Any(c => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF');
}
