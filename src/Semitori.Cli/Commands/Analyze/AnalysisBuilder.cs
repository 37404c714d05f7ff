using System.Globalization;
using System.Security.Cryptography;
using Semitori.Formats.DotNet;
using Semitori.Formats.Pe;
using Semitori.Formats.Pe.Authenticode;

namespace Semitori.Cli.Commands.Analyze;

/// <summary>Builds the <see cref="AnalysisReport"/> of one file from the Formats readers.</summary>
internal static class AnalysisBuilder
{
    private const int MaxListedFunctions = 4096;

    public static AnalysisReport Build(string path, byte[] data)
    {
        PeFile pe = PeFile.FromBytes(data);
        DotNetFile? net = pe.IsPe ? DotNetFile.FromPe(pe) : null;
        var hashes = new FileHashes(
            Convert.ToHexStringLower(MD5.HashData(data)),
            Convert.ToHexStringLower(SHA1.HashData(data)),
            Convert.ToHexStringLower(SHA256.HashData(data)),
            pe.Imphash,
            pe.RichHeader?.Hash);
        PeSummary? peSummary = pe.IsPe ? BuildPe(pe) : null;
        DotNetSummary? netSummary = net is { IsDotNet: true } ? BuildDotNet(net) : null;
        // "No MZ header" only restates the type line for non-PE files.
        var anomalies = pe.Anomalies.Where(a => a.Code != PeAnomalyCodes.NotMz).Select(a => new AnomalyEntry("pe", a.Code, a.Message, a.Offset >= 0 ? a.Offset : null))
            .Concat((net?.Anomalies ?? []).Select(a => new AnomalyEntry("dotnet", a.Code, a.Message, a.Offset >= 0 ? a.Offset : null)))
            .ToList();
        return new AnalysisReport(path, FileTypeSniffer.Describe(data, pe, net), data.Length, hashes, Entropy.Of(data), peSummary, netSummary, anomalies,
            AnalyzerRun.Findings(path, data));
    }

    private static string Hex(ulong value) => $"0x{value:X}";

    private static PeSummary BuildPe(PeFile pe)
    {
        CoffFileHeader fh = pe.FileHeader!;
        OptionalHeader oh = pe.OptionalHeader!;
        long? entry = pe.EntryPointOffset;
        int entrySection = entry is { } e ? pe.IndexOfSectionContainingOffset(e) : -1;
        var headers = new PeHeaderSummary(
            PeNames.Machine(fh.Machine),
            oh.IsPe32Plus ? "PE32+" : "PE32",
            pe.IsDll,
            PeNames.Subsystem(oh.Subsystem),
            fh.TimeDateStamp,
            DateTimeOffset.FromUnixTimeSeconds(fh.TimeDateStamp).ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture),
            Hex(oh.ImageBase),
            Hex(oh.AddressOfEntryPoint),
            entry,
            entrySection >= 0 ? pe.Sections[entrySection].FullName : null,
            PeNames.FileCharacteristics(fh.Characteristics),
            PeNames.DllCharacteristics(oh.DllCharacteristics),
            $"{oh.MajorLinkerVersion}.{oh.MinorLinkerVersion}",
            $"{oh.MajorOperatingSystemVersion}.{oh.MinorOperatingSystemVersion}",
            $"{oh.MajorSubsystemVersion}.{oh.MinorSubsystemVersion}",
            Hex(oh.CheckSum),
            Hex(pe.ComputedChecksum ?? 0),
            oh.SizeOfImage,
            oh.SizeOfHeaders);
        ReadOnlySpan<byte> data = pe.Data.Span;
        var sections = pe.Sections.Select(s => new SectionSummary(
            s.FullName, Hex(s.VirtualAddress), s.VirtualSize, s.PointerToRawData, s.SizeOfRawData,
            Entropy.Of(Clamp(pe, s.PointerToRawData, s.SizeOfRawData)), PeNames.SectionFlags(s.Characteristics))).ToList();
        ExportDirectory exports = pe.Exports;
        Overlay overlay = pe.Overlay;
        return new PeSummary(
            headers,
            sections,
            Imports(pe.Imports),
            Imports(pe.DelayImports),
            exports.Functions.Count == 0 && exports.DllName is null ? null : new ExportSummary(exports.DllName, exports.TimeDateStamp,
                exports.Functions.Take(MaxListedFunctions).Select(f => new ExportEntry(f.Ordinal, f.Name, Hex(f.Rva), f.ForwarderName)).ToList()),
            pe.Resources.Entries.Select(r => new ResourceSummary(
                PeNames.ResourceType(r.TypeId, r.TypeName), r.Name ?? $"#{r.NameId}", r.LanguageName ?? $"0x{r.LanguageId:X4}", r.Size, r.Offset,
                r.Offset is { } o ? Entropy.Of(Clamp(pe, o, r.Size)) : null)).ToList(),
            pe.Resources.VersionInfo.GroupBy(v => v.Key).ToDictionary(g => g.Key, g => g.Last().Value),
            pe.RichHeader is { } rich ? new RichSummary(rich.Offset, $"0x{rich.Key:X8}",
                rich.Entries.Select(x => $"tool {x.ToolId} build {x.Version} x{x.Count}").ToList()) : null,
            pe.Tls?.Callbacks.Select(Hex).ToList() ?? [],
            pe.Debug.PdbPath,
            overlay.IsPresent ? new OverlaySummary(overlay.Offset, overlay.Size, Entropy.Of(Clamp(pe, overlay.Offset, overlay.Size))) : null,
            pe.Signatures.Select(Signature).ToList());
    }

    private static ReadOnlySpan<byte> Clamp(PeFile pe, long offset, long size)
    {
        ReadOnlySpan<byte> data = pe.Data.Span;
        if (offset < 0 || offset >= data.Length || size <= 0)
        {
            return [];
        }

        return data.Slice((int)offset, (int)Math.Min(size, data.Length - offset));
    }

    private static List<ImportSummary> Imports(IReadOnlyList<ImportedLibrary> libraries) =>
        libraries.Select(l => new ImportSummary(l.Name, l.Functions.Take(MaxListedFunctions)
            .Select(f => f.Ordinal is { } o ? $"{f.Name} (ordinal {o})" : f.Name).ToList())).ToList();

    private static SignatureSummary Signature(AuthenticodeSignature s) => new(
        s.Depth, s.Verified, s.DigestAlgorithm, s.Digest, s.FileDigest, s.Signer?.Subject, s.Signer?.Issuer, s.Signer?.Serial,
        s.Signer?.Thumbprint, s.ProgramName, s.SignerChain.Select(c => c.Subject).ToList(),
        s.Countersignatures.Where(c => c.SignTime.HasValue)
            .Select(c => DateTimeOffset.FromUnixTimeSeconds(c.SignTime!.Value).ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)).ToList());

    private static DotNetSummary BuildDotNet(DotNetFile net)
    {
        DotNetAssembly? assembly = net.Assembly;
        var assemblyAttributes = net.CustomAttributes.Where(a => a.ParentTable == MetadataTable.Assembly)
            .Select(a => $"{a.TypeName}({string.Join(", ", a.FixedArguments)})").ToList();
        return new DotNetSummary(
            net.MetadataVersion,
            assembly?.Name,
            assembly?.Version.ToString(),
            string.IsNullOrEmpty(assembly?.Culture) ? null : assembly.Culture,
            net.Module?.Name,
            net.Module?.Mvid?.ToString("D"),
            net.Typelib,
            net.AssemblyRefs.Select(r => $"{r.Name} {r.Version}").ToList(),
            net.ModuleRefs.Select(m => m ?? "?").ToList(),
            net.Streams.Select(s => $"{s.Name} (0x{s.FileOffset:X}, {s.Size} bytes)").ToList(),
            net.OddStreams,
            ObfuscatorWatermarks.Find(net),
            assemblyAttributes,
            net.Resources.Select(r => r.Length is { } length ? $"{r.Name} ({length} bytes at 0x{r.DataOffset:X})" : $"{r.Name} (external)").ToList(),
            new DotNetCounts(net.TypeDefs.Count, net.TypeRefs.Count, net.Methods.Count, net.MemberRefs.Count, net.CustomAttributes.Count, net.UserStrings.Count, net.Guids.Count));
    }
}
