using System.Text.Json;
using Semitori.Intel.Extraction;
using Semitori.Intel.Knowledge;
namespace Semitori.Intel.Tests;
public class Scratch
{
    [Fact]
    public void Dump()
    {
        var kb = KnowledgeBase.LoadBuiltIn();
        var r = new ReportExtractor(kb).Extract(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData/seed/apt10-article-ja.txt")));
        File.WriteAllText("/tmp/seed.json", JsonSerializer.Serialize(r, KnowledgeJson.Indented));
        Assert.Empty(kb.UnresolvedSourceIds());
    }
}
