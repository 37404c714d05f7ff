using Semitori.Hunting.Analysis;
using Semitori.Hunting.Findings;

namespace Semitori.Hunting.Iocs;

/// <summary>
/// Hash IOCs: the file's MD5/SHA-1/SHA-256 (only the algorithms the lists use, each computed
/// once per file and shared with the trusted-hash check) looked up in hash sets.
/// </summary>
public sealed class HashIocAnalyzer : IFileAnalyzer
{
    private readonly IocSet _set;

    internal HashIocAnalyzer(IocSet set) => _set = set;

    public string Name => "ioc-hash";

    public IEnumerable<Finding> Analyze(FileSubject file)
    {
        IReadOnlyList<HashIoc> hits = _set.HashIndex.Match(file);
        if (hits.Count == 0 || _set.IsTrusted(file))
        {
            return [];
        }

        return hits.Select(ioc => IocFindings.Create(file, "ioc:hash", ioc.Score, ioc.Description, ioc.Origin, ioc.Line,
            [$"{ioc.Kind} {ioc.Hash}"], ("hash", ioc.Hash), ("algorithm", ioc.Kind.ToString()))).ToList();
    }
}
