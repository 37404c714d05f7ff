using System.Buffers.Binary;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Semitori.Formats.Tests.Support;

/// <summary>
/// Builds small .NET assemblies in-process with PersistedAssemblyBuilder (no compiler, no disk):
/// fast, benign fixtures for the metadata reader.
/// </summary>
internal static class EmittedAssemblies
{
    private static readonly Lazy<byte[]> Watermarked = new(BuildWatermarked);

    /// <summary>An assembly carrying ConfuserEx's watermark: a module-defined ConfusedByAttribute("ConfuserEx v1.0.0").</summary>
    public static byte[] ConfuserWatermarked => Watermarked.Value;

    private static byte[] BuildWatermarked()
    {
        var builder = new PersistedAssemblyBuilder(new AssemblyName("Watermarked") { Version = new Version(1, 2, 3, 4) }, typeof(object).Assembly);
        ModuleBuilder module = builder.DefineDynamicModule("Watermarked.dll");
        TypeBuilder attribute = module.DefineType("ConfusedByAttribute", TypeAttributes.NotPublic | TypeAttributes.Sealed, typeof(Attribute));
        ConstructorBuilder ctor = attribute.DefineConstructor(MethodAttributes.Public, CallingConventions.Standard, [typeof(string)]);
        ILGenerator il = ctor.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Call, typeof(Attribute).GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes)!);
        il.Emit(OpCodes.Ret);
        attribute.CreateType();

        TypeBuilder program = module.DefineType("Sample.Program", TypeAttributes.Public);
        MethodBuilder main = program.DefineMethod("Greet", MethodAttributes.Public | MethodAttributes.Static, typeof(string), Type.EmptyTypes);
        ILGenerator body = main.GetILGenerator();
        body.Emit(OpCodes.Ldstr, "hello from a user string");
        body.Emit(OpCodes.Ret);
        FieldBuilder constant = program.DefineField("Marker", typeof(string), FieldAttributes.Public | FieldAttributes.Static | FieldAttributes.Literal);
        constant.SetConstant("constant-marker");
        program.CreateType();

        module.SetCustomAttribute(new CustomAttributeBuilder(ctor, ["ConfuserEx v1.0.0"]));
        builder.SetCustomAttribute(new CustomAttributeBuilder(
            typeof(System.Runtime.InteropServices.GuidAttribute).GetConstructor([typeof(string)])!, ["0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"]));
        builder.SetCustomAttribute(new CustomAttributeBuilder(
            typeof(System.Reflection.AssemblyMetadataAttribute).GetConstructor([typeof(string), typeof(string)])!, ["key", "value"]));
        builder.SetCustomAttribute(new CustomAttributeBuilder(
            typeof(System.ComponentModel.DefaultValueAttribute).GetConstructor([typeof(object)])!, [new[] { "boxed", "array" }]));
        using var stream = new MemoryStream();
        builder.Save(stream);
        return FixModuleDefinedConstructors(stream.ToArray());
    }

    /// <summary>
    /// PersistedAssemblyBuilder (.NET 10) writes custom attributes whose constructor is defined in
    /// the same module as MethodDef RID 0. Point them at the real constructor, located with the
    /// BCL's own metadata reader (an oracle independent of ours).
    /// </summary>
    internal static byte[] FixModuleDefinedConstructors(byte[] image)
    {
        using var pe = new PEReader(new MemoryStream(image));
        MetadataReader md = pe.GetMetadataReader();
        int ctorRid = md.MethodDefinitions
            .Where(h => md.GetString(md.GetMethodDefinition(h).Name) == ".ctor"
                && md.GetString(md.GetTypeDefinition(md.GetMethodDefinition(h).GetDeclaringType()).Name) == "ConfusedByAttribute")
            .Select(h => MetadataTokens.GetRowNumber(h))
            .Single();
        int table = pe.PEHeaders.MetadataStartOffset + md.GetTableMetadataOffset(TableIndex.CustomAttribute);
        int rowSize = md.GetTableRowSize(TableIndex.CustomAttribute);
        int parentSize = rowSize == 6 ? 2 : throw new InvalidOperationException("fixture expects small indexes");
        for (int row = 0; row < md.GetTableRowCount(TableIndex.CustomAttribute); row++)
        {
            Span<byte> cell = image.AsSpan(table + (row * rowSize) + parentSize, 2);
            if (BinaryPrimitives.ReadUInt16LittleEndian(cell) == 2)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(cell, (ushort)((ctorRid << 3) | 2));
            }
        }

        return image;
    }
}
