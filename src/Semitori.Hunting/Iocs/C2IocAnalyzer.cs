using Semitori.Hunting.Analysis;
using Semitori.Hunting.Findings;

namespace Semitori.Hunting.Iocs;

/// <summary>
/// C2 IOCs as strings in the file's content (ASCII or UTF-16LE): a configuration, script or
/// binary that names a known C2 host. No connection is looked at — this is a file scanner.
/// </summary>
public sealed class C2IocAnalyzer : IFileAnalyzer
{
    private readonly IocSet _set;

    internal C2IocAnalyzer(IocSet set) => _set = set;

    public string Name => "ioc-c2";

    public IEnumerable<Finding> Analyze(FileSubject file)
    {
        var hits = _set.C2Matcher.Match(file.Data);
        if (hits.Count == 0 || _set.IsTrusted(file))
        {
            return [];
        }

        return IocFindings.Cap(hits.Select(h => IocFindings.Create(file, "ioc:c2", h.Ioc.Score, h.Ioc.Description, h.Ioc.Origin, h.Ioc.Line,
            [$"{h.Ioc.Value} at 0x{h.Offset:x} ({(h.Wide ? "UTF-16LE" : "ASCII")})"], ("value", h.Ioc.Value))).ToList());
    }
}
