using Semitori.Yara.Semantics;
using static Semitori.Yara.Modules.ModuleSupport;

namespace Semitori.Yara.Modules.Pe;

/// <summary>The type of the <c>pe</c> module, field for field as libyara 4.5's pe.c declares it.</summary>
internal static class PeDeclaration
{
    private static readonly YaraType I = YaraType.Int;
    private static readonly YaraType S = YaraType.String;

    public static YaraType Build()
    {
        var fields = new List<(string, YaraType)>();
        foreach ((string name, long _) in PeConstants.All)
        {
            fields.Add((name, I));
        }

        fields.AddRange(
        [
            ("is_pe", I), ("machine", I), ("number_of_sections", I), ("timestamp", I), ("pointer_to_symbol_table", I),
            ("number_of_symbols", I), ("size_of_optional_header", I), ("characteristics", I), ("entry_point", I),
            ("entry_point_raw", I), ("image_base", I), ("number_of_rva_and_sizes", I), ("number_of_version_infos", I),
            ("version_info", YaraType.DictionaryOf(S)),
            ("version_info_list", YaraType.ArrayOf(Struct(("key", S), ("value", S)))),
            ("opthdr_magic", I), ("size_of_code", I), ("size_of_initialized_data", I), ("size_of_uninitialized_data", I),
            ("base_of_code", I), ("base_of_data", I), ("section_alignment", I), ("file_alignment", I),
            ("linker_version", Version()), ("os_version", Version()), ("image_version", Version()), ("subsystem_version", Version()),
            ("win32_version_value", I), ("size_of_image", I), ("size_of_headers", I), ("checksum", I),
            ("calculate_checksum", YaraType.Function(Fn("", I, PeFunctions.CalculateChecksum))),
            ("subsystem", I), ("dll_characteristics", I), ("size_of_stack_reserve", I), ("size_of_stack_commit", I),
            ("size_of_heap_reserve", I), ("size_of_heap_commit", I), ("loader_flags", I),
            ("data_directories", YaraType.ArrayOf(Struct(("virtual_address", I), ("size", I)))),
            ("sections", YaraType.ArrayOf(Struct(
                ("name", S), ("full_name", S), ("characteristics", I), ("virtual_address", I), ("virtual_size", I),
                ("raw_data_offset", I), ("raw_data_size", I), ("pointer_to_relocations", I), ("pointer_to_line_numbers", I),
                ("number_of_relocations", I), ("number_of_line_numbers", I)))),
            ("overlay", Struct(("offset", I), ("size", I))),
            ("rich_signature", Struct(
                ("offset", I), ("length", I), ("key", I), ("raw_data", S), ("clear_data", S), ("version_data", S),
                ("version", YaraType.Function(Fn("i", I, PeFunctions.RichVersion), Fn("ii", I, PeFunctions.RichVersionToolId))),
                ("toolid", YaraType.Function(Fn("i", I, PeFunctions.RichToolId), Fn("ii", I, PeFunctions.RichToolIdVersion))))),
            ("imphash", YaraType.Function(Fn("", S, PeFunctions.Imphash))),
            ("section_index", YaraType.Function(Fn("s", I, PeFunctions.SectionIndexByName), Fn("i", I, PeFunctions.SectionIndexByAddress))),
            ("exports", YaraType.Function(Fn("s", I, PeFunctions.ExportsName), Fn("r", I, PeFunctions.ExportsRegex), Fn("i", I, PeFunctions.ExportsOrdinal))),
            ("exports_index", YaraType.Function(Fn("s", I, PeFunctions.ExportsIndexName), Fn("i", I, PeFunctions.ExportsIndexOrdinal), Fn("r", I, PeFunctions.ExportsIndexRegex))),
            ("imports", YaraType.Function(
                Fn("ss", I, (c, a) => PeFunctions.Imports(c, PeFunctions.ImportStandard, a[0], a[1])),
                Fn("si", I, (c, a) => PeFunctions.ImportsOrdinal(c, PeFunctions.ImportStandard, a[0], a[1])),
                Fn("s", I, (c, a) => PeFunctions.ImportsDll(c, PeFunctions.ImportStandard, a[0])),
                Fn("rr", I, (c, a) => PeFunctions.ImportsRegex(c, PeFunctions.ImportStandard, a[0], a[1])),
                Fn("iss", I, (c, a) => PeFunctions.Imports(c, Int(a[0]), a[1], a[2])),
                Fn("isi", I, (c, a) => PeFunctions.ImportsOrdinal(c, Int(a[0]), a[1], a[2])),
                Fn("is", I, (c, a) => PeFunctions.ImportsDll(c, Int(a[0]), a[1])),
                Fn("irr", I, (c, a) => PeFunctions.ImportsRegex(c, Int(a[0]), a[1], a[2])))),
            ("import_rva", YaraType.Function(
                Fn("ss", I, (c, a) => PeFunctions.ImportRva(c, delayed: false, a[0], a[1])),
                Fn("si", I, (c, a) => PeFunctions.ImportRva(c, delayed: false, a[0], a[1])))),
            ("delayed_import_rva", YaraType.Function(
                Fn("ss", I, (c, a) => PeFunctions.ImportRva(c, delayed: true, a[0], a[1])),
                Fn("si", I, (c, a) => PeFunctions.ImportRva(c, delayed: true, a[0], a[1])))),
            ("locale", YaraType.Function(Fn("i", I, (c, a) => PeFunctions.Language(c, Int(a[0]), 0xFFFF)))),
            ("language", YaraType.Function(Fn("i", I, (c, a) => PeFunctions.Language(c, Int(a[0]), 0xFF)))),
            ("is_dll", YaraType.Function(Fn("", I, PeFunctions.IsDll))),
            ("is_32bit", YaraType.Function(Fn("", I, (c, _) => PeFunctions.State(c) is { } s ? (s.Pe.Is64Bit ? 0L : 1L) : null))),
            ("is_64bit", YaraType.Function(Fn("", I, (c, _) => PeFunctions.State(c) is { } s ? (s.Pe.Is64Bit ? 1L : 0L) : null))),
            ("number_of_imports", I), ("number_of_imported_functions", I),
            ("number_of_delayed_imports", I), ("number_of_delayed_imported_functions", I),
            ("number_of_exports", I), ("dll_name", S), ("export_timestamp", I),
            ("export_details", YaraType.ArrayOf(Struct(("offset", I), ("name", S), ("forward_name", S), ("ordinal", I), ("rva", I)))),
            ("import_details", ImportDetails()),
            ("delayed_import_details", ImportDetails()),
            ("resource_timestamp", I),
            ("resource_version", Version()),
            ("resources", YaraType.ArrayOf(Struct(
                ("rva", I), ("offset", I), ("length", I), ("type", I), ("id", I), ("language", I),
                ("type_string", S), ("name_string", S), ("language_string", S)))),
            ("number_of_resources", I),
            ("pdb_path", S),
            ("signatures", YaraType.ArrayOf(Signature())),
            ("is_signed", I), ("number_of_signatures", I),
            ("rva_to_offset", YaraType.Function(Fn("i", I, PeFunctions.RvaToOffset))),
        ]);
        return Struct([.. fields]);
    }

    private static YaraType Version() => Struct(("major", I), ("minor", I));

    private static YaraType ImportDetails() => YaraType.ArrayOf(Struct(
        ("library_name", S), ("number_of_functions", I),
        ("functions", YaraType.ArrayOf(Struct(("name", S), ("ordinal", I), ("rva", I))))));

    private static (string, YaraType)[] Certificate() =>
    [
        ("thumbprint", S), ("issuer", S), ("subject", S), ("version", I), ("algorithm", S), ("algorithm_oid", S),
        ("serial", S), ("not_before", I), ("not_after", I),
    ];

    private static YaraType Signature()
    {
        var f = new List<(string, YaraType)>(Certificate())
        {
            ("verified", I), ("digest_alg", S), ("digest", S), ("file_digest", S), ("number_of_certificates", I),
            ("certificates", YaraType.ArrayOf(Struct(Certificate()))),
            ("signer_info", Struct(("program_name", S), ("digest", S), ("digest_alg", S), ("length_of_chain", I),
                ("chain", YaraType.ArrayOf(Struct(Certificate()))))),
            ("number_of_countersignatures", I),
            ("countersignatures", YaraType.ArrayOf(Struct(("verified", I), ("sign_time", I), ("digest", S), ("digest_alg", S),
                ("length_of_chain", I), ("chain", YaraType.ArrayOf(Struct(Certificate())))))),
            ("valid_on", YaraType.Function(Fn("i", I, PeFunctions.ValidOn))),
        };
        return Struct([.. f]);
    }
}
