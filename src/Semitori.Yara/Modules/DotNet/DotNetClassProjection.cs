using Semitori.Formats.DotNet;
using static Semitori.Yara.Modules.ModuleSupport;
using static Semitori.Yara.Modules.Pe.PeHeaderProjection;

namespace Semitori.Yara.Modules.DotNet;

/// <summary><c>dotnet.classes[]</c> (libyara 4.3+) from <see cref="DotNetClass"/>.</summary>
internal static class DotNetClassProjection
{
    public static object? Class(DotNetClass c) => Dict(
        ("fullname", DotNetModule.Utf8(c.FullName)),
        ("name", DotNetModule.Utf8(c.Name)),
        ("namespace", DotNetModule.Utf8(c.Namespace)),
        ("visibility", c.Visibility),
        ("type", c.Type),
        ("abstract", c.IsAbstract ? 1L : 0L),
        ("sealed", c.IsSealed ? 1L : 0L),
        ("number_of_generic_parameters", (long)c.GenericParameters.Count),
        ("generic_parameters", List(c.GenericParameters, g => (object?)DotNetModule.Utf8(g))),
        ("number_of_base_types", (long)c.BaseTypes.Count),
        ("base_types", List(c.BaseTypes, b => (object?)DotNetModule.Utf8(b))),
        ("number_of_methods", (long)c.Methods.Count),
        ("methods", List(c.Methods, Method)));

    private static object? Method(DotNetClassMethod m) => Dict(
        ("name", DotNetModule.Utf8(m.Name)),
        ("visibility", m.Visibility),
        ("abstract", m.IsAbstract ? 1L : 0L),
        ("final", m.IsFinal ? 1L : 0L),
        ("virtual", m.IsVirtual ? 1L : 0L),
        ("static", m.IsStatic ? 1L : 0L),
        ("return_type", DotNetModule.Utf8(m.ReturnType)),
        ("number_of_parameters", (long)m.Parameters.Count),
        ("parameters", List(m.Parameters, p => Dict(("name", DotNetModule.Utf8(p.Name)), ("type", DotNetModule.Utf8(p.Type))))),
        ("number_of_generic_parameters", (long)m.GenericParameters.Count),
        ("generic_parameters", List(m.GenericParameters, g => (object?)DotNetModule.Utf8(g))));
}
