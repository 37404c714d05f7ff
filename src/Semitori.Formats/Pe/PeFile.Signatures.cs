namespace Semitori.Formats.Pe;

public sealed partial class PeFile
{
    private void InitializeSignatures()
    {
    }
}
