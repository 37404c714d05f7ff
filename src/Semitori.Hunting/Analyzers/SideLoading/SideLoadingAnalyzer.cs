using Semitori.Formats.Pe;
using Semitori.Hunting.Analysis;
using Semitori.Hunting.Findings;

namespace Semitori.Hunting.Analyzers.SideLoading;

/// <summary>
/// DLL side-loading pairs: a DLL lying beside a commonly abused host executable (by file name, or
/// by VersionInfo OriginalFilename when the host was renamed) that loads it — the DLL is one the
/// table lists for the host, or the host's import table names it — in a folder that is not one of
/// the host's install folders (research/scanners.md §3.3 approaches 1, 2 and 5; dossier §11.4,
/// §14.1 #8). The finding is reported on the DLL, the file that is the payload; the host is named
/// in the evidence. Hosts come from packs/cicada/analyzers/sideloading-hosts.json.
/// </summary>
public sealed class SideLoadingAnalyzer : IFileAnalyzer
{
    /// <summary>Bytes read of a host executable (real hosts are well under this; the certificate table at the end may be cut).</summary>
    public const int MaxHostBytes = 16 << 20;

    /// <summary>Neighbouring executables parsed per DLL (bounded work in folders full of programs).</summary>
    public const int MaxExecutablesParsed = 16;

    private readonly SideLoadingHostTable _table;

    public SideLoadingAnalyzer()
        : this(SideLoadingHostTable.BuiltIn)
    {
    }

    public SideLoadingAnalyzer(SideLoadingHostTable table) => _table = table;

    public string Name => "sideloading";

    public IEnumerable<Finding> Analyze(FileSubject file)
    {
        if (file.Pe is not { IsDll: true } dll)
        {
            return [];
        }

        string folder = InstallFolder.FolderOf(file.Path);
        bool listed = _table.IsListedDll(file.Name);
        var findings = new List<Finding>();
        int parsed = 0;
        foreach (Neighbour neighbour in file.Neighbours)
        {
            if (!neighbour.Name.EndsWith(".exe", StringComparison.OrdinalIgnoreCase) || neighbour.Path == file.Path)
            {
                continue;
            }

            SideLoadingHost? host = _table.FindHost(neighbour.Name);

            // A host in one of its install folders is the genuine program: nothing to read. A renamed
            // host can only be recognised by parsing it; do that only for a DLL the table names.
            if ((host is not null && InstallFolder.Matches(folder, host.ExpectedFolders)) || (host is null && !listed))
            {
                continue;
            }

            if (++parsed > MaxExecutablesParsed)
            {
                break;
            }

            byte[] bytes = neighbour.ReadHead(MaxHostBytes);
            PeFile exe = PeFile.FromBytes(bytes);
            if (!exe.IsPe || exe.IsDll)
            {
                continue;
            }

            bool renamed = false;
            if (host is null)
            {
                string? original = exe.Resources.GetVersionString("OriginalFilename");
                host = original is null ? null : _table.FindHost(original.Trim());
                renamed = host is not null;
            }

            if (host is null || InstallFolder.Matches(folder, host.ExpectedFolders))
            {
                continue;
            }

            bool truncated = bytes.Length < neighbour.Length;
            var evidence = new SideLoadingEvidence(
                host,
                DllListed: host.ListsDll(file.Name),
                HostImportsDll: Imports(exe, file.Name),
                HostSigned: !truncated && exe.Signatures.Any(s => s.Depth == 0),
                HostSignatureVerified: !truncated && exe.Signatures.Any(s => s.Depth == 0 && s.Verified),
                HostRenamed: renamed,
                DllSignedByVendor: dll.Signatures.Any(s => s.Signer?.Subject.Contains(host.Signer, StringComparison.OrdinalIgnoreCase) == true));
            int score = SideLoadingScore.Compute(evidence);
            if (score > 0)
            {
                findings.Add(Create(file, neighbour, folder, evidence, score, truncated));
            }
        }

        return findings;
    }

    private static bool Imports(PeFile exe, string dllName) =>
        exe.Imports.Concat(exe.DelayImports).Any(l => string.Equals(l.Name, dllName, StringComparison.OrdinalIgnoreCase));

    private Finding Create(FileSubject file, Neighbour neighbour, string folder, SideLoadingEvidence e, int score, bool truncated)
    {
        SideLoadingHost host = e.Host;
        string how = (e.DllListed, e.HostImportsDll) switch
        {
            (true, true) => "a DLL the host is documented to side-load, and the host's import table names it",
            (true, false) => "a DLL the host is documented to side-load (not in its import table: loaded dynamically or the host is not the original)",
            _ => "a DLL named in the host's import table",
        };
        var evidence = new List<string>
        {
            $"host: {neighbour.Path} ({host.Product}, {host.Vendor})" + (e.HostRenamed ? $", renamed: OriginalFilename is {host.Host}" : string.Empty),
            $"{file.Name} is {how}",
            $"folder '{folder}' is not an install folder of {host.Host} ({string.Join("; ", host.ExpectedFolders)})",
            truncated ? $"host signature: not checked (host larger than {MaxHostBytes} bytes)"
                : e.HostSigned ? $"host signature: Authenticode present{(e.HostSignatureVerified ? ", digests verify" : ", does not verify")}"
                : "host signature: none embedded (the genuine program is signed)",
            $"documented: {host.Note}",
        };
        var details = new Dictionary<string, string>
        {
            ["host"] = neighbour.Path,
            ["hostEntry"] = host.Host,
            ["dllListed"] = e.DllListed ? "true" : "false",
            ["hostImportsDll"] = e.HostImportsDll ? "true" : "false",
            ["hostSigned"] = e.HostSigned ? "true" : "false",
            ["hostRenamed"] = e.HostRenamed ? "true" : "false",
        };
        return new Finding(file.Path, "analyzer:" + Name, "SideLoading_" + host.Host, score, Finding.LevelOf(score), "Semitori",
            $"DLL beside {host.Host} outside its install folder: DLL side-loading pair",
            host.Attack, host.Actor, host.Sources, evidence, details);
    }
}
