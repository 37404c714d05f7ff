using Semitori.Yara.Semantics;
using static Semitori.Yara.Modules.ModuleSupport;

namespace Semitori.Yara.Modules.DotNet;

/// <summary>The type of the <c>dotnet</c> module, as libyara 4.5's dotnet.c declares it.</summary>
internal static class DotNetDeclaration
{
    private static readonly YaraType I = YaraType.Int;
    private static readonly YaraType S = YaraType.String;

    public static YaraType Build() => Struct(
        ("is_dotnet", I),
        ("version", S),
        ("module_name", S),
        ("streams", YaraType.ArrayOf(Struct(("name", S), ("offset", I), ("size", I)))),
        ("number_of_streams", I),
        ("guids", YaraType.ArrayOf(S)),
        ("number_of_guids", I),
        ("resources", YaraType.ArrayOf(Struct(("offset", I), ("length", I), ("name", S)))),
        ("number_of_resources", I),
        ("classes", YaraType.ArrayOf(Struct(
            ("fullname", S), ("name", S), ("namespace", S), ("visibility", S), ("type", S), ("abstract", I), ("sealed", I),
            ("number_of_generic_parameters", I), ("generic_parameters", YaraType.ArrayOf(S)),
            ("number_of_base_types", I), ("base_types", YaraType.ArrayOf(S)),
            ("number_of_methods", I),
            ("methods", YaraType.ArrayOf(Struct(
                ("generic_parameters", YaraType.ArrayOf(S)), ("number_of_generic_parameters", I),
                ("parameters", YaraType.ArrayOf(Struct(("name", S), ("type", S)))), ("number_of_parameters", I),
                ("return_type", S), ("abstract", I), ("final", I), ("virtual", I), ("static", I),
                ("visibility", S), ("name", S))))))),
        ("number_of_classes", I),
        ("assembly_refs", YaraType.ArrayOf(Struct(("version", Version()), ("public_key_or_token", S), ("name", S)))),
        ("number_of_assembly_refs", I),
        ("assembly", Struct(("version", Version()), ("name", S), ("culture", S))),
        ("modulerefs", YaraType.ArrayOf(S)),
        ("number_of_modulerefs", I),
        ("user_strings", YaraType.ArrayOf(S)),
        ("number_of_user_strings", I),
        ("typelib", S),
        ("constants", YaraType.ArrayOf(S)),
        ("number_of_constants", I),
        ("field_offsets", YaraType.ArrayOf(I)),
        ("number_of_field_offsets", I));

    private static YaraType Version() => Struct(("major", I), ("minor", I), ("build_number", I), ("revision_number", I));
}
