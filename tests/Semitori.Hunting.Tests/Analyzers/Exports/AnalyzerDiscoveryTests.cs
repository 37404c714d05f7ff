using Semitori.Hunting.Analysis;

namespace Semitori.Hunting.Tests.Analyzers.Exports;

/// <summary>
/// The analyzers of this area are discoverable the way the sweep finds them: public sealed
/// IFileAnalyzer types with a public parameterless constructor, with distinct stable names.
/// </summary>
public sealed class AnalyzerDiscoveryTests
{
    [Fact]
    public void Analyzers_are_found_by_reflection_with_their_names()
    {
        var analyzers = typeof(IFileAnalyzer).Assembly.GetTypes()
            .Where(t => t.IsPublic && t.IsSealed && !t.IsAbstract && typeof(IFileAnalyzer).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (IFileAnalyzer)Activator.CreateInstance(t)!)
            .ToList();
        string[] names = [.. analyzers.Select(a => a.Name)];
        Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(new[] { "confuserex", "exports", "sideloading", "payload-blob" }, n => Assert.Contains(n, names));
        Assert.All(analyzers, a => Assert.Empty(a.Analyze(new FileSubject("empty.bin", ReadOnlyMemory<byte>.Empty))));
    }
}
