using Semitori.Formats.DotNet;
using Semitori.Formats.Pe;

namespace Semitori.Hunting.Analyzers.ConfuserEx;

/// <summary>
/// ConfuserEx anti-tamper (normal mode) inserts a first section named with 8 random bytes (each
/// masked with 0x7F), characteristics 0xE0000040 (read, write, execute, initialised data), moves
/// the protected method bodies into it and encrypts them (yck1509/ConfuserEx
/// Confuser.Protections/AntiTamper/NormalMode.cs; dossier §10.2). Compilers put IL in a
/// read/execute code section, so method bodies in a writable, executable data section are the
/// trait; the random name and bodies whose headers do not parse are reported with it.
/// </summary>
internal static class AntiTamperCheck
{
    public const uint AntiTamperCharacteristics = 0xE0000040;

    /// <summary>Method bodies looked at; enough to judge a module, bounded for forged row counts.</summary>
    public const int MaxBodiesChecked = 4096;

    /// <summary>Share of implausible body headers, in the section, above which the bodies are called encrypted.</summary>
    public const double EncryptedShare = 0.5;

    public static ConfuserExTrait? Find(PeFile pe, DotNetFile dotNet)
    {
        IReadOnlyList<SectionHeader> sections = pe.Sections;
        for (int index = 0; index < sections.Count; index++)
        {
            SectionHeader section = sections[index];
            if (section.Characteristics != AntiTamperCharacteristics)
            {
                continue;
            }

            (int bodies, int implausible) = CountBodies(pe, dotNet, section);
            if (bodies == 0)
            {
                continue;
            }

            string name = Convert.ToHexString(section.RawName);
            string position = index == 0 ? "first section" : $"section #{index}";
            string names = IsPrintableName(section.RawName) ? $"name '{section.Name}'" : $"unprintable name {name}";
            string encrypted = bodies >= 2 && implausible >= bodies * EncryptedShare
                ? $"; {implausible}/{bodies} body headers do not parse (encrypted)"
                : $"; {implausible}/{bodies} body headers do not parse";
            return new ConfuserExTrait("anti-tamper", Strong: true,
                $"anti-tamper: {position} with {names}, characteristics 0x{section.Characteristics:X8} (RWX data) holds {bodies} method bodies{encrypted}");
        }

        return null;
    }

    private static (int Bodies, int Implausible) CountBodies(PeFile pe, DotNetFile dotNet, SectionHeader section)
    {
        ReadOnlySpan<byte> data = pe.Data.Span;
        int bodies = 0, implausible = 0, seen = 0;
        foreach (DotNetMethod method in dotNet.Methods)
        {
            if (++seen > MaxBodiesChecked)
            {
                break;
            }

            if (method.Rva == 0 || method.Rva < section.VirtualAddress || method.Rva - section.VirtualAddress >= Math.Max(section.VirtualSize, section.SizeOfRawData))
            {
                continue;
            }

            bodies++;
            if (!pe.TryRvaToOffset(method.Rva, out long offset) || !MethodBodyHeader.IsPlausible(data, offset))
            {
                implausible++;
            }
        }

        return (bodies, implausible);
    }

    private static bool IsPrintableName(byte[] raw)
    {
        int end = raw.Length;
        while (end > 0 && raw[end - 1] == 0)
        {
            end--;
        }

        for (int i = 0; i < end; i++)
        {
            if (raw[i] is < 0x20 or > 0x7E)
            {
                return false;
            }
        }

        return end > 0;
    }
}
