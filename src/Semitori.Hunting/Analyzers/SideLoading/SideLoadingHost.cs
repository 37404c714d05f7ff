namespace Semitori.Hunting.Analyzers.SideLoading;

/// <summary>One row of packs/cicada/analyzers/sideloading-hosts.json: an abused host program and its DLLs.</summary>
/// <param name="Host">File name of the genuine executable (also its VersionInfo OriginalFilename).</param>
/// <param name="ExpectedFolders">Install folders as trailing segments ('/' separated, '*' = one segment).</param>
/// <param name="Dlls">DLL names the actor placed beside the host.</param>
/// <param name="Signer">Text expected in the Authenticode subject of the vendor's own files.</param>
public sealed record SideLoadingHost(
    string Host,
    string Product,
    string Vendor,
    string Signer,
    IReadOnlyList<string> ExpectedFolders,
    IReadOnlyList<string> Dlls,
    int Score,
    IReadOnlyList<string> Attack,
    string Actor,
    string Note,
    IReadOnlyList<string> Sources)
{
    public bool ListsDll(string name) => Dlls.Any(d => string.Equals(d, name, StringComparison.OrdinalIgnoreCase));
}
