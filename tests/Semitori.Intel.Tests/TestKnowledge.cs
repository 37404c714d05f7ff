using Semitori.Intel.Extraction;
using Semitori.Intel.Knowledge;

namespace Semitori.Intel.Tests;

/// <summary>The built-in pack, an extractor over it and the seed article's extraction, loaded once for the suite.</summary>
internal static class TestKnowledge
{
    private static readonly Lazy<KnowledgeBase> LazyKb = new(KnowledgeBase.LoadBuiltIn);
    private static readonly Lazy<ReportExtractor> LazyExtractor = new(() => new ReportExtractor(Kb));
    private static readonly Lazy<ExtractionResult> LazySeed = new(() =>
        Extractor.Extract(File.ReadAllText(SeedArticlePath), new ExtractionOptions { Source = "apt10-article-ja.txt" }));

    public static KnowledgeBase Kb => LazyKb.Value;

    public static ReportExtractor Extractor => LazyExtractor.Value;

    public static ExtractionResult Seed => LazySeed.Value;

    public static string DataPath(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    /// <summary>The seed article is read where the project keeps it, in ../shared beside the checkout (third-party text is not copied in).</summary>
    public static string SeedArticlePath => Path.Combine(RepoRoot(), "..", "shared", "seed", "apt10-article-ja.txt");

    private static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string source = "")
    {
        string? dir = Path.GetDirectoryName(source);
        while (dir is not null && !File.Exists(Path.Combine(dir, "Semitori.slnx")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("Semitori.slnx not found above " + source);
    }
}
