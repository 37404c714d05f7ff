using Semitori.Formats.Common;
using Semitori.Formats.DotNet;
using Semitori.Formats.Pe;

namespace Semitori.Formats.Tests.Support;

/// <summary>Reads every part of a file through both readers, the way analyze and the YARA modules will.</summary>
internal static class ReaderExercise
{
    /// <summary>Touches every lazy part; returns the number of anomalies both layers reported.</summary>
    public static int ReadEverything(byte[] data)
    {
        PeFile pe = PeFile.FromBytes(data);
        long sink = pe.Sections.Count + pe.DataDirectories.Count + (pe.EntryPointOffset ?? 0);
        foreach (ImportedLibrary library in pe.Imports.Concat(pe.DelayImports))
        {
            sink += library.Functions.Count;
        }

        sink += pe.Exports.Functions.Count + (pe.Exports.DllName?.Length ?? 0);
        sink += pe.Resources.Entries.Count + pe.Resources.VersionInfo.Count;
        sink += pe.RichHeader?.Entries.Count ?? 0;
        sink += pe.Tls?.Callbacks.Count ?? 0;
        sink += pe.Debug.Entries.Count + (pe.Debug.PdbPath?.Length ?? 0);
        sink += pe.ComputedChecksum ?? 0;
        sink += pe.Imphash?.Length ?? 0;
        sink += pe.Overlay.Size;
        sink += pe.CertificateTable.Count + pe.Signatures.Count;
        for (ulong rva = 0; rva < 0x10000; rva += 0x1000)
        {
            sink += pe.TryRvaToOffset(rva, out long offset) ? offset : 0;
        }

        DotNetFile net = DotNetFile.FromPe(pe);
        sink += net.Streams.Count + net.OddStreams.Count + net.GuidStrings.Count;
        sink += net.TypeDefs.Count + net.TypeRefs.Count + net.Methods.Count + net.MemberRefs.Count;
        sink += net.CustomAttributes.Sum(a => a.FixedArguments.Count);
        sink += net.AssemblyRefs.Count + net.ModuleRefs.Count + net.Resources.Count + net.Constants.Count;
        sink += net.FieldOffsets.Count + net.UserStrings.Count + (net.Typelib?.Length ?? 0);
        sink += (net.Module?.Name?.Length ?? 0) + (net.Assembly?.Name?.Length ?? 0);
        sink += net.Classes.Sum(c => c.Methods.Sum(m => m.Parameters.Count) + c.BaseTypes.Count);
        GC.KeepAlive(sink);
        return pe.Anomalies.Count + net.Anomalies.Count;
    }

    /// <summary>Anomaly codes of both layers after reading everything.</summary>
    public static IReadOnlyList<string> Codes(byte[] data)
    {
        PeFile pe = PeFile.FromBytes(data);
        ReadEverything(data);
        DotNetFile net = DotNetFile.FromPe(pe);
        _ = (pe.Imports, pe.DelayImports, pe.Exports, pe.Resources, pe.Signatures, pe.Tls, pe.Debug, pe.RichHeader);
        _ = (net.TypeDefs, net.Methods, net.CustomAttributes, net.Resources);
        return pe.Anomalies.Concat(net.Anomalies).Select(a => a.Code).ToList();
    }
}
