using Semitori.Intel.Extraction;
using Semitori.Intel.Knowledge;

namespace Semitori.Intel.Tests;

/// <summary>The built-in pack, an extractor over it and the seed article's extraction, loaded once for the suite.</summary>
internal static class TestKnowledge
{
    private static readonly Lazy<KnowledgeBase> LazyKb = new(KnowledgeBase.LoadBuiltIn);
    private static readonly Lazy<ReportExtractor> LazyExtractor = new(() => new ReportExtractor(Kb));
    private static readonly Lazy<ExtractionResult> LazySeed = new(() =>
        Extractor.Extract(File.ReadAllText(DataPath("seed", "apt10-article-ja.txt")), new ExtractionOptions { Source = "apt10-article-ja.txt" }));

    public static KnowledgeBase Kb => LazyKb.Value;

    public static ReportExtractor Extractor => LazyExtractor.Value;

    public static ExtractionResult Seed => LazySeed.Value;

    public static string DataPath(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);
}
