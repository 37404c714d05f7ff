using System.Reflection;
using System.Reflection.Emit;

namespace Semitori.Hunting.Tests.Analyzers.Quasar;

/// <summary>
/// Emits a benign DLL (no entry point, no networking) whose settings class static constructor stores
/// the given slots in order, as a Quasar builder-patched client would, plus a second, ordinary class
/// with its own small static constructor so the finder has to choose.
/// </summary>
internal static class FixtureAssemblyEmitter
{
    public static byte[] Emit(string assemblyName, string settingsType, IReadOnlyList<FixtureSlot> slots)
    {
        var builder = new PersistedAssemblyBuilder(new AssemblyName(assemblyName), typeof(object).Assembly);
        ModuleBuilder module = builder.DefineDynamicModule(assemblyName + ".dll");

        TypeBuilder other = module.DefineType("Fixture.Labels", TypeAttributes.Public | TypeAttributes.Abstract | TypeAttributes.Sealed);
        FieldBuilder title = other.DefineField("Title", typeof(string), FieldAttributes.Public | FieldAttributes.Static);
        FieldBuilder width = other.DefineField("Width", typeof(int), FieldAttributes.Public | FieldAttributes.Static);
        ILGenerator otherInit = other.DefineTypeInitializer().GetILGenerator();
        otherInit.Emit(OpCodes.Ldstr, "A fixture window");
        otherInit.Emit(OpCodes.Stsfld, title);
        otherInit.Emit(OpCodes.Ldc_I4, 640);
        otherInit.Emit(OpCodes.Stsfld, width);
        otherInit.Emit(OpCodes.Ret);
        other.CreateType();

        TypeBuilder settings = module.DefineType(settingsType, TypeAttributes.Public | TypeAttributes.Abstract | TypeAttributes.Sealed);
        var fields = new Dictionary<string, FieldBuilder>(StringComparer.Ordinal);
        FieldBuilder Field(string name, Type type)
        {
            if (!fields.TryGetValue(name, out FieldBuilder? field))
            {
                field = settings.DefineField(name, type, FieldAttributes.Public | FieldAttributes.Static);
                fields[name] = field;
            }

            return field;
        }

        MethodInfo getFolderPath = typeof(Environment).GetMethod(nameof(Environment.GetFolderPath), [typeof(Environment.SpecialFolder)])!;
        ILGenerator il = settings.DefineTypeInitializer().GetILGenerator();
        FieldBuilder? folder = null;
        foreach (FixtureSlot slot in slots)
        {
            switch (slot.Kind)
            {
                case FixtureSlotKind.String:
                    il.Emit(OpCodes.Ldstr, slot.Literal);
                    il.Emit(OpCodes.Stsfld, Field(slot.Field, typeof(string)));
                    break;
                case FixtureSlotKind.Boolean:
                    il.Emit(slot.Number != 0 ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
                    il.Emit(OpCodes.Stsfld, Field(slot.Field, typeof(bool)));
                    break;
                case FixtureSlotKind.Int32:
                    il.Emit(OpCodes.Ldc_I4, slot.Number);
                    il.Emit(OpCodes.Stsfld, Field(slot.Field, typeof(int)));
                    break;
                case FixtureSlotKind.SpecialFolder:
                    folder = Field(slot.Field, typeof(Environment.SpecialFolder));
                    il.Emit(OpCodes.Ldc_I4_S, (sbyte)slot.Number);
                    il.Emit(OpCodes.Stsfld, folder);
                    break;
                case FixtureSlotKind.FolderPathCall:
                    il.Emit(OpCodes.Ldsfld, folder ?? throw new InvalidOperationException("folder slot must come first"));
                    il.Emit(OpCodes.Call, getFolderPath);
                    il.Emit(OpCodes.Stsfld, Field(slot.Field, typeof(string)));
                    break;
                case FixtureSlotKind.InlineFolderPathCall:
                    il.Emit(OpCodes.Ldc_I4_S, (sbyte)Environment.SpecialFolder.ApplicationData);
                    il.Emit(OpCodes.Call, getFolderPath);
                    il.Emit(OpCodes.Stsfld, Field(slot.Field, typeof(string)));
                    break;
            }
        }

        il.Emit(OpCodes.Ret);
        settings.CreateType();
        using var stream = new MemoryStream();
        builder.Save(stream);
        return stream.ToArray();
    }
}
