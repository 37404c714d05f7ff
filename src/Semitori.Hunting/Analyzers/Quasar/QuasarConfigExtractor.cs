using Semitori.Formats.DotNet;

namespace Semitori.Hunting.Analyzers.Quasar;

/// <summary>
/// Candidate static constructors × version layouts → the best proven configuration. A config
/// whose HMACs all match ends the search; otherwise a MAC-less (1.0–1.2) config is preferred to
/// one with bad MACs. Work is bounded by <see cref="SettingsCandidateFinder.MaxCandidates"/> and
/// <see cref="QuasarKeyDeriver.MaxDerivations"/>.
/// </summary>
internal static class QuasarConfigExtractor
{
    public static QuasarConfig? Extract(DotNetFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var deriver = new QuasarKeyDeriver();
        QuasarConfig? best = null;
        foreach (SettingsCandidate candidate in SettingsCandidateFinder.Find(file))
        {
            foreach (QuasarLayout layout in QuasarLayout.All)
            {
                QuasarConfig? config = QuasarVersionMapper.TryMap(candidate, layout, deriver);
                if (config is null)
                {
                    continue;
                }

                if (config.Mac == QuasarMacStatus.Valid)
                {
                    return config;
                }

                if (best is null || Rank(config.Mac) > Rank(best.Mac))
                {
                    best = config;
                }
            }
        }

        return best;
    }

    private static int Rank(QuasarMacStatus mac) => mac switch
    {
        QuasarMacStatus.Valid => 2,
        QuasarMacStatus.None => 1,
        _ => 0,
    };
}
