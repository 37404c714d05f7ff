using System.Text;
using Semitori.Yara.Modules;
using static Semitori.Yara.Tests.Modules.ModuleRuleGenerator;

namespace Semitori.Yara.Tests.Modules;

/// <summary>Function calls of pe, math and hash pinned per file (the arguments come from the file's own fields).</summary>
internal static class ModuleCallGenerator
{
    public static List<Condition> Pe(IYaraModule pe, object? root, ReadOnlyMemory<byte> data)
    {
        var list = new List<Condition>();
        Condition C(string member, string args, params object?[] values) => Call(pe, root, data, member, args, values);
        list.Add(C("imphash", ""));
        list.Add(C("is_dll", ""));
        list.Add(C("is_32bit", ""));
        list.Add(C("is_64bit", ""));
        list.Add(C("calculate_checksum", ""));
        if (Force(Get(root, "entry_point_raw")) is long ep)
        {
            list.Add(C("rva_to_offset", "pe.entry_point_raw", ep));
        }

        if (Force(Get(root, "entry_point")) is long epOffset)
        {
            list.Add(C("section_index", "pe.entry_point", epOffset));
        }

        foreach (var s in Items(Get(root, "sections")).Take(16))
        {
            if (Force(Get(s, "name")) is byte[] name && !name.Contains((byte)0))
            {
                list.Add(C("section_index", Quote(name), name));
            }

            if (Force(Get(s, "virtual_address")) is long va)
            {
                list.Add(C("rva_to_offset", va.ToString(), va));
            }
        }

        foreach (var lib in Items(Get(root, "import_details")).Take(20))
        {
            if (Force(Get(lib, "library_name")) is not byte[] dll)
            {
                continue;
            }

            list.Add(C("imports", Quote(dll), dll));
            list.Add(C("imports", "pe.IMPORT_ANY, " + Quote(dll), -1L, dll));
            foreach (var fn in Items(Get(lib, "functions")).Take(20))
            {
                if (Force(Get(fn, "name")) is byte[] f)
                {
                    list.Add(C("imports", $"{Quote(dll)}, {Quote(f)}", dll, f));
                }

                if (Force(Get(fn, "ordinal")) is long ordinal)
                {
                    list.Add(C("imports", $"{Quote(dll)}, {ordinal}", dll, ordinal));
                }
            }
        }

        foreach (var lib in Items(Get(root, "delayed_import_details")).Take(10))
        {
            if (Force(Get(lib, "library_name")) is byte[] dll)
            {
                list.Add(C("imports", "pe.IMPORT_DELAYED, " + Quote(dll), 2L, dll));
            }
        }

        int index = 0;
        foreach (var e in Items(Get(root, "export_details")).Take(60))
        {
            if (Force(Get(e, "name")) is byte[] name)
            {
                list.Add(C("exports", Quote(name), name));
                list.Add(C("exports_index", Quote(name), name));
            }

            if (Force(Get(e, "ordinal")) is long ordinal)
            {
                list.Add(C("exports", ordinal.ToString(), ordinal));
                list.Add(C("exports_index", ordinal.ToString(), ordinal));
            }

            index++;
        }

        list.Add(C("exports", "\"NoSuchExport_x\"", Encoding.ASCII.GetBytes("NoSuchExport_x")));
        if (Get(root, "rich_signature") is { } rich && Force(Get(rich, "clear_data")) is byte[] clear)
        {
            for (int i = 16; i + 8 <= clear.Length; i += 8)
            {
                uint id = BitConverter.ToUInt32(clear, i);
                long tool = id >> 16, version = id & 0xFFFF;
                list.Add(C("rich_signature.toolid", $"{tool}, {version}", tool, version));
                list.Add(C("rich_signature.version", $"{version}", version));
            }
        }

        foreach (var r in Items(Get(root, "resources")).Take(10))
        {
            if (Force(Get(r, "language")) is long lang)
            {
                list.Add(C("locale", lang.ToString(), lang));
                list.Add(C("language", (lang & 0xFF).ToString(), lang & 0xFF));
            }
        }

        return list;
    }

    public static List<Condition> MathAndHash(IYaraModule math, IYaraModule hash, ReadOnlyMemory<byte> data, object? peRoot)
    {
        var list = new List<Condition>();
        var ranges = new List<(string Args, long Offset, long Size)> { ("0, filesize", 0, data.Length), ("0, 1024", 0, 1024) };
        foreach (var s in Items(Get(peRoot, "sections")).Take(8))
        {
            if (Force(Get(s, "raw_data_offset")) is long off && Force(Get(s, "raw_data_size")) is long size)
            {
                ranges.Add(($"{off}, {size}", off, size));
            }
        }

        foreach ((string args, long offset, long size) in ranges)
        {
            foreach (string f in new[] { "entropy", "mean", "serial_correlation", "monte_carlo_pi", "mode" })
            {
                list.Add(Call(math, null, data, f, args, offset, size));
            }

            list.Add(Call(math, null, data, "deviation", args + ", 127.5", offset, size, 127.5));
            list.Add(Call(math, null, data, "count", "0, " + args, 0L, offset, size));
            list.Add(Call(math, null, data, "percentage", "0xff, " + args, 255L, offset, size));
            foreach (string f in new[] { "md5", "sha1", "sha256", "crc32", "checksum32" })
            {
                list.Add(Call(hash, null, data, f, args, offset, size));
            }
        }

        return list;
    }

    private static object? Get(object? parent, string name) =>
        parent is IReadOnlyDictionary<string, object?> d && d.TryGetValue(name, out object? v) ? Force(v) : null;

    private static IEnumerable<object?> Items(object? list) => list is IReadOnlyList<object?> items ? items.Select(Force) : [];
}
