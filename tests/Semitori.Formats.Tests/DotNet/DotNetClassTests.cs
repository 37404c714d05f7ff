using Semitori.Formats.DotNet;
using Semitori.Formats.Tests.Support;

namespace Semitori.Formats.Tests.DotNet;

/// <summary>The libyara-shaped <c>classes[]</c> view: names, visibility, nesting, generics, decoded signatures.</summary>
public class DotNetClassTests
{
    private static readonly Lazy<DotNetFile> Linq = new(() => DotNetFile.FromFile(TestFiles.Runtime("System.Linq.dll")));

    [Fact]
    public void Static_class_with_generic_method_signatures()
    {
        DotNetClass enumerable = Linq.Value.Classes.Single(c => c.FullName == "System.Linq.Enumerable");
        Assert.Equal(("public", "class", true, true), (enumerable.Visibility, enumerable.Type, enumerable.IsAbstract, enumerable.IsSealed));
        Assert.Equal(["System.Object"], enumerable.BaseTypes);
        DotNetClassMethod sum = enumerable.Methods.First(m => m.Name == "Sum" && m.ReturnType == "int");
        Assert.True(sum.IsStatic);
        Assert.Equal("public", sum.Visibility);
        DotNetParameter source = Assert.Single(sum.Parameters);
        Assert.Equal(new DotNetParameter("source", "System.Collections.Generic.IEnumerable<int>"), source);
        DotNetClassMethod where = enumerable.Methods.First(m => m.Name == "Where" && m.GenericParameters.SequenceEqual(["TSource"]));
        Assert.Equal("System.Collections.Generic.IEnumerable<TSource>", where.ReturnType);
        Assert.Contains(where.Parameters, p => p.Name == "predicate" && p.Type!.StartsWith("System.Func<TSource,", StringComparison.Ordinal));
    }

    [Fact]
    public void Nested_generic_types_are_named_under_their_enclosing_type_without_arity()
    {
        DotNetClass iterator = Linq.Value.Classes.Single(c => c.FullName == "System.Linq.Enumerable.Iterator");
        Assert.Equal("Iterator", iterator.Name);
        Assert.Equal("System.Linq.Enumerable", iterator.Namespace);
        Assert.Equal(["TSource"], iterator.GenericParameters);
        Assert.Contains("System.Collections.Generic.IEnumerable<TSource>", iterator.BaseTypes);
        Assert.DoesNotContain(Linq.Value.Classes, c => c.Name == "<Module>");
    }

    [Fact]
    public void Every_signature_of_a_real_assembly_decodes()
    {
        IEnumerable<DotNetClassMethod> methods = Linq.Value.Classes.SelectMany(c => c.Methods);
        Assert.All(methods, m => Assert.NotNull(m.ReturnType));
        Assert.All(methods.SelectMany(m => m.Parameters), p => Assert.NotNull(p.Type));
    }

    [Fact]
    public void Emitted_assembly_classes()
    {
        DotNetFile net = DotNetFile.FromBytes(EmittedAssemblies.ConfuserWatermarked);
        DotNetClass program = net.Classes.Single(c => c.FullName == "Sample.Program");
        DotNetClassMethod greet = program.Methods.Single(m => m.Name == "Greet");
        Assert.Equal(("string", true, "public"), (greet.ReturnType, greet.IsStatic, greet.Visibility));
        Assert.Equal("internal", net.Classes.Single(c => c.Name == "ConfusedByAttribute").Visibility);
    }
}
