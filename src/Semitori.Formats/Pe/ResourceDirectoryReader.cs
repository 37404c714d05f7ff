using System.Text;
using Semitori.Formats.Common;

namespace Semitori.Formats.Pe;

/// <summary>
/// Walks the resource tree like libyara: three levels (type, name, language); a subdirectory
/// below the language level is read as a data entry; leaves with size 0 or above 0x3FFFFFFF are
/// skipped. Depth is fixed at 3 and a node may not descend into itself, so loops cannot hang.
/// </summary>
internal static class ResourceDirectoryReader
{
    private const int DirectoryHeaderSize = 16;
    private const int EntrySize = 8;
    private const int DataEntrySize = 16;
    private const uint VersionType = 16;
    private const uint MaxLeafSize = 0x3FFFFFFF;

    // libyara rejects name strings longer than 1000 UTF-16 units.
    private const int MaxNameUnits = 1000;

    private sealed class Walk
    {
        public required PeFile Pe { get; init; }
        public required long Root { get; init; }
        public List<ResourceEntry> Entries { get; } = [];
        public List<VersionInfoEntry> Versions { get; } = [];
        public bool Aborted { get; set; }

        /// <summary>Directory entries still allowed to be visited over the whole tree.</summary>
        public int Budget { get; set; } = PeLimits.MaxResourceEntriesVisited;

        public int VersionResources { get; set; }
    }

    private record struct Level(uint? Id, string? Name);

    public static ResourceDirectory Read(PeFile pe)
    {
        PeReadContext context = pe.Context;
        DataDirectory dir = pe.GetDataDirectory(DataDirectoryIndex.Resource);
        if (!pe.IsPe || dir.VirtualAddress == 0)
        {
            return ResourceDirectory.Empty;
        }

        if (!pe.TryRvaToOffset(dir.VirtualAddress, out long root) || !context.View.Contains(root, DirectoryHeaderSize))
        {
            context.Report(PeAnomalyCodes.UnmappedDirectory, $"resource directory RVA 0x{dir.VirtualAddress:X} maps to no complete structure");
            return ResourceDirectory.Empty;
        }

        var walk = new Walk { Pe = pe, Root = root };
        var levels = new Level[3];
        ReadNode(walk, root, 0, levels);
        ByteView v = context.View;
        return new ResourceDirectory
        {
            IsPresent = true,
            TimeDateStamp = v.U32(root + 4),
            MajorVersion = v.U16(root + 8),
            MinorVersion = v.U16(root + 10),
            Entries = walk.Entries,
            VersionInfo = walk.Versions,
        };
    }

    private static void ReadNode(Walk walk, long node, int level, Level[] levels)
    {
        PeReadContext context = walk.Pe.Context;
        ByteView v = context.View;
        ushort named = v.U16(node + 12);
        ushort ids = v.U16(node + 14);
        if (v.U32(node) != 0 || named > PeLimits.MaxResourceEntriesPerDirectory || ids > PeLimits.MaxResourceEntriesPerDirectory)
        {
            context.Report(PeAnomalyCodes.BadResource, "resource directory node with non-zero characteristics or too many entries skipped", node);
            return;
        }

        int total = named + ids;
        long first = node + DirectoryHeaderSize;
        if (!v.Contains(first, (long)total * EntrySize))
        {
            context.Report(PeAnomalyCodes.BadResource, $"{total} resource entries run past the end of the file", node);
            return;
        }

        for (int i = 0; i < total && !walk.Aborted; i++)
        {
            // Three levels of 65,535 entries that share subdirectories and point at empty leaves
            // would be visited 2^48 times; the leaf cap alone does not stop that.
            if (--walk.Budget < 0)
            {
                walk.Pe.Context.Report(PeAnomalyCodes.LimitReached, $"resource walk stopped after {PeLimits.MaxResourceEntriesVisited} entries", node);
                walk.Aborted = true;
                break;
            }

            long entry = first + ((long)i * EntrySize);
            uint nameField = v.U32(entry);
            uint offsetField = v.U32(entry + 4);
            if (offsetField == 0)
            {
                // libyara's loop 'continue's here without advancing its entry pointer, so every
                // later entry of this node is the same null one: the rest of the node is skipped.
                break;
            }

            // Deeper levels keep their last values across siblings, as libyara's shared variables do.
            levels[level] = ReadLevel(walk, nameField);
            long target = walk.Root + (offsetField & 0x7FFFFFFF);
            if ((offsetField & 0x80000000) != 0 && level < 2)
            {
                if (target != node && v.Contains(target, DirectoryHeaderSize))
                {
                    ReadNode(walk, target, level + 1, levels);
                }
            }
            else
            {
                ReadLeaf(walk, target, levels);
            }
        }
    }

    private static Level ReadLevel(Walk walk, uint nameField)
    {
        if ((nameField & 0x80000000) == 0)
        {
            return new Level(nameField, null);
        }

        ByteView v = walk.Pe.Context.View;
        long at = walk.Root + (nameField & 0x7FFFFFFF);
        if (!v.TryU16(at, out ushort units) || units > MaxNameUnits || !v.TrySlice(at + 2, units * 2L, out ReadOnlySpan<byte> text))
        {
            walk.Pe.Context.Report(PeAnomalyCodes.BadResource, "unreadable resource name string", at);
            return new Level(nameField, null);
        }

        return new Level(null, Encoding.Unicode.GetString(text));
    }

    private static void ReadLeaf(Walk walk, long at, Level[] levels)
    {
        PeFile pe = walk.Pe;
        ByteView v = pe.Context.View;
        if (!v.Contains(at, DataEntrySize))
        {
            pe.Context.Report(PeAnomalyCodes.BadResource, "resource data entry outside the file", at);
            return;
        }

        uint rva = v.U32(at);
        uint size = v.U32(at + 4);
        if (size == 0 || size > MaxLeafSize)
        {
            return;
        }

        if (walk.Entries.Count >= pe.Options.MaxResources)
        {
            pe.Context.Report(PeAnomalyCodes.LimitReached, $"more than {pe.Options.MaxResources} resources", at);
            walk.Aborted = true;
            return;
        }

        long? offset = pe.TryRvaToOffset(rva, out long o) ? o : null;
        var entry = new ResourceEntry
        {
            TypeId = levels[0].Id,
            TypeName = levels[0].Name,
            NameId = levels[1].Id,
            Name = levels[1].Name,
            LanguageId = levels[2].Id,
            LanguageName = levels[2].Name,
            Rva = rva,
            Offset = offset,
            Size = size,
            CodePage = v.U32(at + 8),
        };
        walk.Entries.Add(entry);
        // Every RT_VERSION leaf is parsed like libyara, up to a count: thousands of leaves sharing
        // one large blob would otherwise multiply the version walk.
        if (entry.TypeId == VersionType && offset is { } start && ++walk.VersionResources <= PeLimits.MaxVersionResources)
        {
            VersionInfoReader.Read(pe.Context, start, walk.Versions);
        }
    }
}
