using Semitori.Hunting.Analysis;
using Semitori.Hunting.Findings;
using Semitori.Hunting.Iocs;

namespace Semitori.Hunting.Tests.Iocs;

/// <summary>Builds IOC sets from list text and runs their analyzers on one synthetic file.</summary>
internal static class IocTestLists
{
    public static readonly IocOrigin Origin = new("test", "Tester", "APT-T");

    public static IocSet Load(params (string Name, string Text)[] lists)
    {
        var builder = new IocSetBuilder();
        foreach ((string name, string text) in lists)
        {
            builder.AddText(name, text, Origin with { Path = name });
        }

        return builder.Build();
    }

    public static List<Finding> Run(IocSet set, string path, byte[]? data = null)
    {
        var subject = new FileSubject(path, data ?? []);
        return set.CreateAnalyzers().SelectMany(a => a.Analyze(subject)).ToList();
    }
}
