using System.Buffers.Binary;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using Semitori.Formats.Tests.Support;

namespace Semitori.Hunting.Tests.Analyzers.ConfuserEx;

/// <summary>
/// Builds benign assemblies that reproduce ConfuserEx's documented artefacts (dossier §10) with
/// PersistedAssemblyBuilder, then post-processes the image for the parts a compiler cannot emit
/// (anti-tamper section, invalid stream name). Nothing here is protected code: the IL only has the
/// shapes the analyzer looks for, and is never run.
/// </summary>
internal static class ConfuserLikeAssemblies
{
    public static byte[] Build(ConfuserLikeOptions o)
    {
        var builder = new PersistedAssemblyBuilder(new AssemblyName("Fixture"), typeof(object).Assembly);
        ModuleBuilder module = builder.DefineDynamicModule("Fixture.dll");
        ConstructorBuilder? watermark = o.Watermark is null ? null : DefineWatermarkType(module);
        DefineOrdinaryCode(module, o.UserString);
        if (o.ControlFlow)
        {
            DefineFlattenedMethods(module);
        }

        if (o.UnprintableNames)
        {
            for (int i = 0; i < 6; i++)
            {
                TypeBuilder type = module.DefineType(new string('\u200B', i + 1) + "\u202E", TypeAttributes.NotPublic);
                MethodBuilder m = type.DefineMethod("\u200C\u200D" + new string('\u2029', i + 1), MethodAttributes.Static | MethodAttributes.Assembly, typeof(void), Type.EmptyTypes);
                m.GetILGenerator().Emit(OpCodes.Ret);
                type.CreateType();
            }
        }

        if (o.ModuleRuntime)
        {
            DefineModuleRuntime(module);
        }

        if (o.NativeGuards)
        {
            module.DefinePInvokeMethod("VirtualProtect", "kernel32.dll", "VirtualProtect", MethodAttributes.Static | MethodAttributes.Assembly | MethodAttributes.PinvokeImpl,
                CallingConventions.Standard, typeof(bool), [typeof(IntPtr), typeof(UIntPtr), typeof(uint), typeof(uint).MakeByRefType()], CallingConvention.Winapi, CharSet.Auto);
            module.DefinePInvokeMethod("IsDebuggerPresent", "kernel32.dll", "IsDebuggerPresent", MethodAttributes.Static | MethodAttributes.Assembly | MethodAttributes.PinvokeImpl,
                CallingConventions.Standard, typeof(bool), Type.EmptyTypes, CallingConvention.Winapi, CharSet.Auto);
        }

        module.CreateGlobalFunctions();
        if (watermark is not null)
        {
            module.SetCustomAttribute(new CustomAttributeBuilder(watermark, [o.Watermark]));
        }

        using var stream = new MemoryStream();
        builder.Save(stream);
        byte[] image = stream.ToArray();
        if (watermark is not null)
        {
            image = EmittedAssemblies.FixModuleDefinedConstructors(image);
        }

        if (o.AntiTamper)
        {
            SimulateAntiTamper(image);
        }

        if (o.SchemaStream)
        {
            int at = image.AsSpan().IndexOf("#GUID\0\0\0"u8);
            "#Schema\0"u8.CopyTo(image.AsSpan(at));
        }

        return image;
    }

    private static ConstructorBuilder DefineWatermarkType(ModuleBuilder module)
    {
        TypeBuilder attribute = module.DefineType("ConfusedByAttribute", TypeAttributes.NotPublic | TypeAttributes.Sealed, typeof(Attribute));
        ConstructorBuilder ctor = attribute.DefineConstructor(MethodAttributes.Public, CallingConventions.Standard, [typeof(string)]);
        ILGenerator il = ctor.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Call, typeof(Attribute).GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes)!);
        il.Emit(OpCodes.Ret);
        attribute.CreateType();
        return ctor;
    }

    private static void DefineOrdinaryCode(ModuleBuilder module, string? userString)
    {
        TypeBuilder program = module.DefineType("Sample.Program", TypeAttributes.Public);
        for (int i = 0; i < 8; i++)
        {
            MethodBuilder m = program.DefineMethod("Compute" + i, MethodAttributes.Public | MethodAttributes.Static, typeof(int), [typeof(int)]);
            ILGenerator il = m.GetILGenerator();
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldc_I4, 1000 + i);
            il.Emit(OpCodes.Add);
            il.Emit(OpCodes.Ret);
        }

        if (userString is not null)
        {
            MethodBuilder text = program.DefineMethod("Text", MethodAttributes.Public | MethodAttributes.Static, typeof(string), Type.EmptyTypes);
            ILGenerator il = text.GetILGenerator();
            il.Emit(OpCodes.Ldstr, userString);
            il.Emit(OpCodes.Ret);
        }

        program.CreateType();
    }

    // Two methods shaped like ConfuserEx switch-mode control flow: a dispatcher reducing the xor-ed
    // state modulo the block count, and blocks that compute the next state with mul/xor and branch back.
    private static void DefineFlattenedMethods(ModuleBuilder module)
    {
        TypeBuilder flow = module.DefineType("Sample.Flow", TypeAttributes.Public);
        for (int m = 0; m < 2; m++)
        {
            MethodBuilder method = flow.DefineMethod("Run" + m, MethodAttributes.Public | MethodAttributes.Static, typeof(int), Type.EmptyTypes);
            ILGenerator il = method.GetILGenerator();
            il.DeclareLocal(typeof(int));
            Label[] blocks = [il.DefineLabel(), il.DefineLabel(), il.DefineLabel()];
            Label end = il.DefineLabel();
            il.Emit(OpCodes.Ldc_I4, 0x2E1A7C43 + m);
            il.Emit(OpCodes.Ldc_I4, 0x5F3D9B21);
            il.Emit(OpCodes.Xor);
            il.Emit(OpCodes.Dup);
            il.Emit(OpCodes.Stloc_0);
            il.Emit(OpCodes.Ldc_I4_3);
            il.Emit(OpCodes.Rem_Un);
            il.Emit(OpCodes.Switch, blocks);
            for (int b = 0; b < blocks.Length; b++)
            {
                il.MarkLabel(blocks[b]);
                il.Emit(OpCodes.Ldloc_0);
                il.Emit(OpCodes.Ldc_I4, 0x1B873593 + b);
                il.Emit(OpCodes.Mul);
                il.Emit(OpCodes.Ldc_I4, 0x6B43A9B5 - b);
                il.Emit(OpCodes.Xor);
                il.Emit(OpCodes.Br_S, end);
            }

            il.MarkLabel(end);
            il.Emit(OpCodes.Ret);
        }

        flow.CreateType();
    }

    // What ConfuserEx injects into the global type: the module initializer, the constants getter
    // (static T Get<T>(uint)) and the resources' AssemblyResolve handler.
    private static void DefineModuleRuntime(ModuleBuilder module)
    {
        MethodBuilder cctor = module.DefineGlobalMethod(".cctor", MethodAttributes.Private | MethodAttributes.Static | MethodAttributes.SpecialName | MethodAttributes.RTSpecialName,
            typeof(void), Type.EmptyTypes);
        cctor.GetILGenerator().Emit(OpCodes.Ret);

        MethodBuilder getter = module.DefineGlobalMethod("Get", MethodAttributes.Assembly | MethodAttributes.Static, typeof(void), Type.EmptyTypes);
        GenericTypeParameterBuilder[] t = getter.DefineGenericParameters("T");
        getter.SetReturnType(t[0]);
        getter.SetParameters(typeof(uint));
        ILGenerator il = getter.GetILGenerator();
        il.DeclareLocal(t[0]);
        il.Emit(OpCodes.Ldloc_0);
        il.Emit(OpCodes.Ret);

        MethodBuilder resolver = module.DefineGlobalMethod("Resolve", MethodAttributes.Assembly | MethodAttributes.Static, typeof(Assembly), [typeof(object), typeof(ResolveEventArgs)]);
        ILGenerator r = resolver.GetILGenerator();
        r.Emit(OpCodes.Ldnull);
        r.Emit(OpCodes.Ret);
    }

    // ConfuserEx normal-mode anti-tamper: the section holding the bodies gets 8 random 7-bit name
    // bytes and characteristics 0xE0000040, and every body is encrypted (here: xor with a seeded stream).
    private static void SimulateAntiTamper(byte[] image)
    {
        using var pe = new PEReader(new MemoryStream((byte[])image.Clone()));
        PEHeaders headers = pe.PEHeaders;
        SectionHeader first = headers.SectionHeaders[0];
        int sectionTable = headers.CoffHeaderStartOffset + 20 + headers.CoffHeader.SizeOfOptionalHeader;
        var random = new Random(0xC0FE);
        for (int i = 0; i < 8; i++)
        {
            image[sectionTable + i] = (byte)(random.Next(256) & 0x7F);
        }

        image[sectionTable] = 0x01;
        BinaryPrimitives.WriteUInt32LittleEndian(image.AsSpan(sectionTable + 36), 0xE0000040);
        MetadataReader md = pe.GetMetadataReader();
        foreach (MethodDefinitionHandle handle in md.MethodDefinitions)
        {
            int rva = md.GetMethodDefinition(handle).RelativeVirtualAddress;
            if (rva == 0)
            {
                continue;
            }

            int size = pe.GetMethodBody(rva).Size;
            int offset = rva - first.VirtualAddress + first.PointerToRawData;
            for (int i = 0; i < size; i++)
            {
                image[offset + i] ^= (byte)random.Next(256);
            }
        }
    }
}
