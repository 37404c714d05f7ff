using Semitori.Hunting.Analysis;
using Semitori.Hunting.Findings;
using Semitori.Hunting.Targets;

namespace Semitori.Cli.Commands.Analyze;

/// <summary>
/// Runs the scan's analyzers (ConfuserEx, QuasarRAT config, export names, side-loading, payload
/// blobs) on the one file <c>analyze</c> looks at, so that the triage view shows what a sweep would
/// conclude, with the extracted details. An analyzer that fails is reported as a finding-less note.
/// </summary>
internal static class AnalyzerRun
{
    public static IReadOnlyList<Finding> Findings(string path, byte[] data)
    {
        var subject = new FileSubject(path, data, () => FolderNeighbours.List(path));
        var findings = new List<Finding>();
        foreach (IFileAnalyzer analyzer in AnalyzerCatalog.All)
        {
            try
            {
                findings.AddRange(analyzer.Analyze(subject));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                findings.Add(new Finding(path, "analyzer:" + analyzer.Name, "AnalyzerFailed", 0, FindingLevel.Info, "Semitori",
                    $"the analyzer failed on this file: {ex.GetType().Name}: {ex.Message}", [], string.Empty, [], []));
            }
        }

        return findings;
    }
}
