using System.Reflection;

namespace Semitori.Hunting.Analysis;

/// <summary>
/// The built-in analyzers: every public <see cref="IFileAnalyzer"/> of this assembly with a public
/// parameterless constructor, ordered by name. Analyzers that need loaded data (IOC lists) are
/// not here; the sweep adds them from what the user gave.
/// </summary>
public static class AnalyzerCatalog
{
    private static readonly Lazy<IReadOnlyList<IFileAnalyzer>> BuiltIn = new(Discover);

    public static IReadOnlyList<IFileAnalyzer> All => BuiltIn.Value;

    /// <summary>The named analyzers; unknown names are returned in <paramref name="unknown"/>.</summary>
    public static IReadOnlyList<IFileAnalyzer> Select(IEnumerable<string> names, out IReadOnlyList<string> unknown)
    {
        var wanted = names.Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
        unknown = wanted.Where(n => All.All(a => !string.Equals(a.Name, n, StringComparison.OrdinalIgnoreCase))).ToList();
        return All.Where(a => wanted.Any(n => string.Equals(a.Name, n, StringComparison.OrdinalIgnoreCase))).ToList();
    }

    private static IReadOnlyList<IFileAnalyzer> Discover() =>
        typeof(AnalyzerCatalog).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && typeof(IFileAnalyzer).IsAssignableFrom(t)
                && t.GetConstructor(BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes) is not null)
            .Select(t => (IFileAnalyzer)Activator.CreateInstance(t)!)
            .OrderBy(a => a.Name, StringComparer.Ordinal)
            .ToList();
}
