namespace Semitori.Hunting.Tests.Iocs;

/// <summary>A fact that needs the shared signature-base lists; skipped with the reason when they are absent.</summary>
public sealed class SignatureBaseFactAttribute : FactAttribute
{
    public SignatureBaseFactAttribute()
    {
        if (!SignatureBaseIocs.Available)
        {
            Skip = $"signature-base IOC lists not found at {SignatureBaseIocs.Directory} (set SEMITORI_SHARED)";
        }
    }
}
