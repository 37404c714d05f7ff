namespace Semitori.Formats.DotNet;

public sealed partial class DotNetFile
{
    private Lazy<DotNetModule?> _module = null!;
    private Lazy<DotNetAssembly?> _assembly = null!;
    private Lazy<IReadOnlyList<DotNetAssemblyRef>> _assemblyRefs = null!;
    private Lazy<IReadOnlyList<string?>> _moduleRefs = null!;
    private Lazy<IReadOnlyList<DotNetTypeRef>> _typeRefs = null!;
    private Lazy<IReadOnlyList<DotNetTypeDef>> _typeDefs = null!;
    private Lazy<IReadOnlyList<DotNetMethod>> _methods = null!;
    private Lazy<IReadOnlyList<DotNetMemberRef>> _memberRefs = null!;
    private Lazy<IReadOnlyList<DotNetCustomAttribute>> _customAttributes = null!;
    private Lazy<IReadOnlyList<DotNetResource>> _resources = null!;
    private Lazy<IReadOnlyList<DotNetConstant>> _constants = null!;
    private Lazy<IReadOnlyList<long>> _fieldOffsets = null!;
    private Lazy<IReadOnlyList<UserString>> _userStrings = null!;
    private Lazy<IReadOnlyList<DotNetClass>> _classes = null!;

    public DotNetModule? Module => _module.Value;

    public DotNetAssembly? Assembly => _assembly.Value;

    public IReadOnlyList<DotNetAssemblyRef> AssemblyRefs => _assemblyRefs.Value;

    /// <summary>ModuleRef names (P/Invoke target DLLs; libyara <c>modulerefs[]</c>).</summary>
    public IReadOnlyList<string?> ModuleRefs => _moduleRefs.Value;

    public IReadOnlyList<DotNetTypeRef> TypeRefs => _typeRefs.Value;

    public IReadOnlyList<DotNetTypeDef> TypeDefs => _typeDefs.Value;

    public IReadOnlyList<DotNetMethod> Methods => _methods.Value;

    public IReadOnlyList<DotNetMemberRef> MemberRefs => _memberRefs.Value;

    public IReadOnlyList<DotNetCustomAttribute> CustomAttributes => _customAttributes.Value;

    /// <summary>Manifest resources (libyara <c>resources[]</c>).</summary>
    public IReadOnlyList<DotNetResource> Resources => _resources.Value;

    /// <summary>Constant rows; libyara's <c>constants[]</c> are the values of those with ElementType 0x0E (string).</summary>
    public IReadOnlyList<DotNetConstant> Constants => _constants.Value;

    /// <summary>File offsets of FieldRVA data (libyara <c>field_offsets[]</c>).</summary>
    public IReadOnlyList<long> FieldOffsets => _fieldOffsets.Value;

    /// <summary>#US strings in heap order, empty ones skipped (libyara <c>user_strings[]</c>).</summary>
    public IReadOnlyList<UserString> UserStrings => _userStrings.Value;

    /// <summary>Types with methods, decoded signatures and base types (libyara 4.3+ <c>classes[]</c>).</summary>
    public IReadOnlyList<DotNetClass> Classes => _classes.Value;

    /// <summary>GUIDs of the #GUID heap, at most 16 as libyara reads (<c>guids[]</c>).</summary>
    public IReadOnlyList<Guid> Guids => Heaps.GetGuids(DotNetLimits.MaxGuids);

    /// <summary>libyara's GUID text: lowercase, dashed (Guid's "D" format).</summary>
    public IReadOnlyList<string> GuidStrings => Guids.Select(g => g.ToString("D")).ToList();

    /// <summary>The assembly's GuidAttribute value (libyara <c>typelib</c>), or null.</summary>
    public string? Typelib => CustomAttributes
        .FirstOrDefault(a => a.ParentTable == MetadataTable.Assembly && a.TypeName == "GuidAttribute" && a.FixedArguments.Count > 0)
        ?.FixedArguments[0].Value as string;

    /// <summary>Custom attributes whose type name is <paramref name="typeName"/> (e.g. ConfusedByAttribute).</summary>
    public IEnumerable<DotNetCustomAttribute> FindAttributes(string typeName) =>
        CustomAttributes.Where(a => string.Equals(a.TypeName, typeName, StringComparison.Ordinal));

    private void InitializeModel()
    {
        MetadataModelReader? reader = Tables is null ? null : new MetadataModelReader(Tables, Heaps, _sink, Options.MaxMetadataRows);
        T Read<T>(string part, Func<MetadataModelReader, T> read, T fallback) =>
            reader is null ? fallback : _sink.Guard(DotNetAnomalyCodes.InternalError, part, () => read(reader), fallback);

        _module = new(() => Read("module", r => r.ReadModule(), null));
        _assembly = new(() => Read("assembly", r => r.ReadAssembly(), null));
        _assemblyRefs = new(() => Read<IReadOnlyList<DotNetAssemblyRef>>("assembly refs", r => r.ReadAssemblyRefs(), []));
        _moduleRefs = new(() => Read<IReadOnlyList<string?>>("module refs", r => r.ReadModuleRefs(), []));
        _typeRefs = new(() => Read<IReadOnlyList<DotNetTypeRef>>("type refs", r => r.ReadTypeRefs(), []));
        _typeDefs = new(() => Read<IReadOnlyList<DotNetTypeDef>>("type defs", r => r.ReadTypeDefs(), []));
        _methods = new(() => Read<IReadOnlyList<DotNetMethod>>("methods", r => r.ReadMethods(TypeDefs), []));
        _memberRefs = new(() => Read<IReadOnlyList<DotNetMemberRef>>("member refs", r => r.ReadMemberRefs(), []));
        _customAttributes = new(() => Read<IReadOnlyList<DotNetCustomAttribute>>("custom attributes", r => r.ReadCustomAttributes(TypeDefs, Methods), []));
        _resources = new(() => ClrHeader is { } clr ? Read<IReadOnlyList<DotNetResource>>("resources", r => r.ReadResources(Pe, clr), []) : []);
        _constants = new(() => Read<IReadOnlyList<DotNetConstant>>("constants", r => r.ReadConstants(), []));
        _fieldOffsets = new(() => Read<IReadOnlyList<long>>("field offsets", r => r.ReadFieldOffsets(Pe), []));
        _classes = new(() => Tables is null ? [] : _sink.Guard<IReadOnlyList<DotNetClass>>(DotNetAnomalyCodes.InternalError, "classes",
            () => new ClassReader(Tables, Heaps, Options.MaxMetadataRows, _sink).Read(TypeDefs, Methods), []));
        _userStrings = new(() => _sink.Guard(DotNetAnomalyCodes.InternalError, "user strings", () => Heaps.GetUserStrings(DotNetLimits.MaxUserStrings), []));
    }
}
