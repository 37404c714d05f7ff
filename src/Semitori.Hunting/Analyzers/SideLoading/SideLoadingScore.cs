namespace Semitori.Hunting.Analyzers.SideLoading;

/// <summary>
/// Scores a host/DLL pair found outside the host's install folders. The table's score is the base
/// (a pair documented for the actor); a signed host raises it, because a validly signed program is
/// what makes side-loading worth doing (dossier §2.1, §5.3); a DLL signed by the host's own vendor
/// is a portable install, not a side-load, and scores 0.
/// </summary>
public static class SideLoadingScore
{
    public const int ListedAndImportedBonus = 5;
    public const int ImportedOnlyPenalty = 10;
    public const int SignedHostBonus = 10;
    public const int VerifiedSignatureBonus = 5;
    public const int RenamedHostBonus = 5;
    public const int Cap = 95;

    public static int Compute(SideLoadingEvidence e)
    {
        if (e.DllSignedByVendor || !(e.DllListed || e.HostImportsDll))
        {
            return 0;
        }

        int score = Math.Clamp(e.Host.Score, 0, 100);
        score += e.DllListed ? (e.HostImportsDll ? ListedAndImportedBonus : 0) : -ImportedOnlyPenalty;
        if (e.HostSigned)
        {
            score += SignedHostBonus + (e.HostSignatureVerified ? VerifiedSignatureBonus : 0);
        }

        if (e.HostRenamed)
        {
            score += RenamedHostBonus;
        }

        return Math.Clamp(score, 0, Cap);
    }
}
