using Semitori.Hunting.Findings;

namespace Semitori.Hunting.Analysis;

/// <summary>
/// A check written as code where a rule cannot express it (config extraction, structure,
/// neighbouring files). One instance is shared by all scan threads, so implementations keep
/// no per-file state. An analyzer must treat the file as hostile: it returns no finding rather
/// than throw, and bounds its own work (the sweep also catches and reports an exception).
/// </summary>
public interface IFileAnalyzer
{
    /// <summary>Short stable id, used as the finding source <c>analyzer:&lt;Name&gt;</c> and in <c>--analyzers</c>.</summary>
    string Name { get; }

    /// <summary>Findings for one file; empty when nothing is found.</summary>
    IEnumerable<Finding> Analyze(FileSubject file);
}
