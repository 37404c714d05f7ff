using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using Semitori.Formats.DotNet;
using Semitori.Formats.Tests.Support;
using RefMethodBody = System.Reflection.Metadata.MethodBodyBlock;

namespace Semitori.Formats.Tests.DotNet;

public class MethodBodyReaderTests
{
    private static readonly Lazy<byte[]> Bodies = new(BuildBodies);

    [Fact]
    public void Bodies_agree_with_system_reflection_metadata()
    {
        byte[] image = Bodies.Value;
        DotNetFile net = DotNetFile.FromBytes(image);
        using var pe = new PEReader(ImmutableArray.Create(image));
        MetadataReader md = pe.GetMetadataReader();
        int compared = 0;
        foreach (MethodDefinitionHandle handle in md.MethodDefinitions)
        {
            MethodDefinition definition = md.GetMethodDefinition(handle);
            DotNetMethod method = net.Methods.Single(m => m.Rid == MetadataTokens.GetRowNumber(handle));
            DotNetMethodBody? body = net.GetMethodBody(method);
            if (definition.RelativeVirtualAddress == 0)
            {
                Assert.Null(body);
                continue;
            }

            RefMethodBody oracle = pe.GetMethodBody(definition.RelativeVirtualAddress);
            Assert.NotNull(body);
            Assert.NotNull(oracle);
            Assert.Equal(oracle.GetILBytes(), body.Code.ToArray());
            Assert.Equal(oracle.MaxStack, body.MaxStack);
            Assert.Equal(oracle.LocalVariablesInitialized, body.InitLocals);
            Assert.Equal(oracle.ExceptionRegions.Length > 0, body.HasMoreSections);
            Assert.Equal(oracle.LocalSignature.IsNil ? 0u : (uint)MetadataTokens.GetToken(oracle.LocalSignature), body.LocalVarSigToken);
            Assert.Equal(oracle.Size - oracle.GetILBytes()!.Length > 1, body.IsFat);
            Assert.False(body.IsTruncated);
            IlDecodeResult decoded = body.Decode();
            Assert.True(decoded.Complete, decoded.Problem);
            compared++;
        }

        Assert.Equal(4, compared); // Tiny, Fat, .cctor and the default .ctor CreateType adds
        Assert.Empty(net.Anomalies);
    }

    [Fact]
    public void Tiny_and_fat_headers_are_both_seen()
    {
        DotNetFile net = DotNetFile.FromBytes(Bodies.Value);
        DotNetMethodBody tiny = net.GetMethodBody(net.Methods.Single(m => m.Name == "Tiny"))!;
        DotNetMethodBody fat = net.GetMethodBody(net.Methods.Single(m => m.Name == "Fat"))!;
        Assert.False(tiny.IsFat);
        Assert.Equal(tiny.HeaderOffset + 1, tiny.CodeOffset);
        Assert.Equal(["ldstr", "ret"], tiny.Decode().Instructions.Select(i => i.Mnemonic));
        Assert.Equal("tiny body", net.Heaps.GetUserString(tiny.Decode().Instructions[0].TokenRid));
        Assert.True(fat.IsFat);
        Assert.Equal(fat.HeaderOffset + 12, fat.CodeOffset);
        Assert.Contains(fat.Decode().Instructions, i => i.OpCode == IlOpCodes.Switch);
    }

    [Fact]
    public void Damaged_bodies_become_anomalies()
    {
        byte[] image = (byte[])Bodies.Value.Clone();
        DotNetFile net = DotNetFile.FromBytes(image);
        DotNetMethodBody fat = net.GetMethodBody(net.Methods.Single(m => m.Name == "Fat"))!;
        // Claim a code size far past the end of the file.
        BitConverter.TryWriteBytes(image.AsSpan((int)fat.HeaderOffset + 4), 0x7FFFFFF0u);
        DotNetFile damaged = DotNetFile.FromBytes(image);
        DotNetMethodBody truncated = damaged.GetMethodBody(damaged.Methods.Single(m => m.Name == "Fat"))!;
        Assert.True(truncated.IsTruncated);
        Assert.Equal(image.Length - truncated.CodeOffset, truncated.Code.Length);
        Assert.Contains(damaged.Anomalies, a => a.Code == DotNetFile.BadMethodBodyCode);

        // An unknown header format (low bits 00) yields no body.
        image[(int)fat.HeaderOffset] &= 0xFC;
        DotNetFile unknown = DotNetFile.FromBytes(image);
        Assert.Null(unknown.GetMethodBody(unknown.Methods.Single(m => m.Name == "Fat")));
        Assert.Contains(unknown.Anomalies, a => a.Code == DotNetFile.BadMethodBodyCode && a.Message.Contains("unknown body header", StringComparison.Ordinal));
    }

    [Fact]
    public void Rvas_outside_the_file_are_refused()
    {
        var pe = Semitori.Formats.Pe.PeFile.FromBytes(Bodies.Value);
        Assert.False(MethodBodyReader.TryRead(pe, 0x7FFF0000, out DotNetMethodBody? body, out string? problem));
        Assert.Null(body);
        Assert.Contains("maps to no file byte", problem, StringComparison.Ordinal);
        Assert.False(MethodBodyReader.TryRead(pe, 0, out _, out problem));
        Assert.Contains("RVA 0", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Mutated_images_never_throw()
    {
        byte[] original = Bodies.Value;
        int bodies = 0;
        foreach (byte[] variant in Mutator.Truncations(original, new Random(7), 40).Concat(Mutator.BitFlips(original, new Random(8), 200, 2048)))
        {
            DotNetFile net = DotNetFile.FromBytes(variant);
            foreach (DotNetMethod method in net.Methods)
            {
                if (net.GetMethodBody(method) is { } body)
                {
                    bodies++;
                    IlDecodeResult decoded = body.Decode();
                    Assert.Equal(decoded.StopOffset, decoded.Instructions.Sum(i => i.Size));
                    Assert.InRange(body.Code.Length, 0, MethodBodyReader.MaxCodeSize);
                }
            }

            Assert.DoesNotContain(net.Anomalies, a => a.Code == DotNetAnomalyCodes.InternalError);
        }

        Assert.True(bodies > 100, $"only {bodies} bodies were read: the loop is not exercising the reader");
    }

    private static byte[] BuildBodies()
    {
        var builder = new PersistedAssemblyBuilder(new AssemblyName("Bodies"), typeof(object).Assembly);
        ModuleBuilder module = builder.DefineDynamicModule("Bodies.dll");
        TypeBuilder type = module.DefineType("Sample.Bodies", TypeAttributes.Public | TypeAttributes.Abstract);
        ILGenerator tiny = type.DefineMethod("Tiny", MethodAttributes.Public | MethodAttributes.Static, typeof(string), Type.EmptyTypes).GetILGenerator();
        tiny.Emit(OpCodes.Ldstr, "tiny body");
        tiny.Emit(OpCodes.Ret);

        ILGenerator fat = type.DefineMethod("Fat", MethodAttributes.Public | MethodAttributes.Static, typeof(int), [typeof(int)]).GetILGenerator();
        LocalBuilder local = fat.DeclareLocal(typeof(int));
        Label a = fat.DefineLabel(), b = fat.DefineLabel(), end = fat.DefineLabel();
        fat.BeginExceptionBlock();
        fat.Emit(OpCodes.Ldarg_0);
        fat.Emit(OpCodes.Switch, [a, b]);
        fat.Emit(OpCodes.Ldc_I4, 1000);
        fat.Emit(OpCodes.Stloc, local);
        fat.Emit(OpCodes.Leave, end);
        fat.MarkLabel(a);
        fat.Emit(OpCodes.Ldc_I4_S, (sbyte)-3);
        fat.Emit(OpCodes.Stloc, local);
        fat.Emit(OpCodes.Leave, end);
        fat.MarkLabel(b);
        fat.Emit(OpCodes.Ldc_I8, 1L << 40);
        fat.Emit(OpCodes.Conv_I4);
        fat.Emit(OpCodes.Stloc, local);
        fat.Emit(OpCodes.Leave, end);
        fat.BeginCatchBlock(typeof(Exception));
        fat.Emit(OpCodes.Pop);
        fat.Emit(OpCodes.Ldc_I4_M1);
        fat.Emit(OpCodes.Stloc, local);
        fat.EndExceptionBlock();
        fat.MarkLabel(end);
        fat.Emit(OpCodes.Ldloc, local);
        fat.Emit(OpCodes.Ret);

        type.DefineMethod("Abstract", MethodAttributes.Public | MethodAttributes.Abstract | MethodAttributes.Virtual, typeof(void), Type.EmptyTypes);
        ILGenerator cctor = type.DefineTypeInitializer().GetILGenerator();
        cctor.Emit(OpCodes.Ret);
        type.CreateType();
        using var stream = new MemoryStream();
        builder.Save(stream);
        return stream.ToArray();
    }
}
