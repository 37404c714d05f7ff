using Semitori.Formats.DotNet;
using Semitori.Hunting.Analysis;
using Semitori.Hunting.Findings;

namespace Semitori.Hunting.Analyzers.Quasar;

/// <summary>
/// Extracts the settings of QuasarRAT clients 1.0–1.4 from .NET assemblies on disk: finds the
/// settings static constructor by IL shape, decrypts the values with the version's scheme (HMAC as
/// the key oracle where there is one) and reports them as one finding. See docs/analyzers/quasar.md.
/// </summary>
public sealed class QuasarConfigAnalyzer : IFileAnalyzer
{
    public string Name => "quasar-config";

    public IEnumerable<Finding> Analyze(FileSubject file)
    {
        ArgumentNullException.ThrowIfNull(file);
        DotNetFile? dotNet = file.DotNet;
        if (dotNet is null)
        {
            return [];
        }

        QuasarConfig? config = QuasarConfigExtractor.Extract(dotNet);
        return config is null ? [] : [QuasarFindingBuilder.Build(file.Path, config)];
    }
}
