namespace Semitori.Yara.Scanning;

/// <summary>Raised inside a scan when its time budget is spent; the scanner turns it into a result.</summary>
internal sealed class ScanTimeoutException : Exception
{
    public ScanTimeoutException()
        : base("scan timed out")
    {
    }
}
