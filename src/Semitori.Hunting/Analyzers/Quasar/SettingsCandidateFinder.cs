using Semitori.Formats.DotNet;

namespace Semitori.Hunting.Analyzers.Quasar;

/// <summary>
/// Finds static constructors shaped like Quasar's settings initialiser, by structure only: enough
/// <c>ldstr → stsfld</c> pairs, several of them Base64 blobs of whole AES blocks. Type and member
/// names are ignored because the 1.4 builder renames them (and forks rename everything).
/// </summary>
internal static class SettingsCandidateFinder
{
    /// <summary>Fewest string settings of any version (1.0–1.1 have nine).</summary>
    public const int MinStrings = 9;

    /// <summary>Fewest encrypted-looking values: 1.0–1.3 encrypt eight settings, 1.4 ten; a few may be empty.</summary>
    public const int MinBlobs = 5;

    /// <summary>Static constructors examined per file; an assembly with more is read up to here.</summary>
    public const int MaxStaticConstructors = 4096;

    /// <summary>Candidates returned, best first; each costs key derivations later.</summary>
    public const int MaxCandidates = 4;

    public static IReadOnlyList<SettingsCandidate> Find(DotNetFile file)
    {
        var found = new List<SettingsCandidate>();
        int examined = 0;
        foreach (DotNetMethod method in file.Methods)
        {
            // ".cctor" is fixed by the runtime (ECMA-335 II.10.5.3), so renamers cannot touch it.
            if (method.Name != ".cctor" || method.Rva == 0)
            {
                continue;
            }

            if (++examined > MaxStaticConstructors)
            {
                break;
            }

            DotNetMethodBody? body = file.GetMethodBody(method);
            if (body is null)
            {
                continue;
            }

            IReadOnlyList<SettingsSlot> slots = SettingsIlReader.Read(body, file.Heaps);
            int strings = slots.Count(s => s.Kind == SettingsSlotKind.String);
            int blobs = slots.Count(s => s.Kind == SettingsSlotKind.String && EncryptedBlob.HasShape(s.Text));
            if (strings < MinStrings || blobs < MinBlobs)
            {
                continue;
            }

            DotNetTypeDef? type = method.DeclaringTypeRid == 0 ? null : file.TypeDefs.FirstOrDefault(t => t.Rid == method.DeclaringTypeRid);
            found.Add(new SettingsCandidate(0x06000000 | method.Rid, type is null ? 0 : 0x02000000 | type.Rid, type?.FullName ?? "?", body, slots, blobs));
        }

        return found.OrderByDescending(c => c.Score).Take(MaxCandidates).ToList();
    }
}
