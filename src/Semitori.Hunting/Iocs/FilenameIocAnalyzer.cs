using Semitori.Hunting.Analysis;
using Semitori.Hunting.Findings;

namespace Semitori.Hunting.Iocs;

/// <summary>
/// File-name IOCs against the file's full display path (Windows, Unix and archive-member paths
/// alike, see <see cref="PathForms"/>). A negative score is reported as is: it lowers the file's total.
/// </summary>
public sealed class FilenameIocAnalyzer : IFileAnalyzer
{
    private readonly IocSet _set;

    internal FilenameIocAnalyzer(IocSet set) => _set = set;

    public string Name => "ioc-filename";

    public IEnumerable<Finding> Analyze(FileSubject file)
    {
        IReadOnlyList<FilenameIoc> hits = _set.FilenameMatcher.Match(file.Path);
        if (hits.Count == 0 || _set.IsTrusted(file))
        {
            return [];
        }

        return IocFindings.Cap(hits.Select(ioc => IocFindings.Create(file, "ioc:filename", ioc.Score, ioc.Description, ioc.Origin, ioc.Line,
            [$"path matches {ioc.Pattern}"], ("pattern", ioc.Pattern))).ToList());
    }
}
