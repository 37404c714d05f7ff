namespace Semitori.Formats.DotNet;

/// <summary>ECMA-335 II.22 metadata tables, by table number.</summary>
public enum MetadataTable
{
    /// <summary>0x00: the module itself.</summary>
    Module = 0x00,
    /// <summary>0x01: references to types in other scopes.</summary>
    TypeRef = 0x01,
    /// <summary>0x02: types defined here.</summary>
    TypeDef = 0x02,
    /// <summary>0x03: field indirection (#- only).</summary>
    FieldPtr = 0x03,
    /// <summary>0x04: fields.</summary>
    Field = 0x04,
    /// <summary>0x05: method indirection (#- only).</summary>
    MethodPtr = 0x05,
    /// <summary>0x06: methods.</summary>
    MethodDef = 0x06,
    /// <summary>0x07: parameter indirection (#- only).</summary>
    ParamPtr = 0x07,
    /// <summary>0x08: parameters.</summary>
    Param = 0x08,
    /// <summary>0x09: implemented interfaces.</summary>
    InterfaceImpl = 0x09,
    /// <summary>0x0A: references to members (methods/fields) of other types.</summary>
    MemberRef = 0x0A,
    /// <summary>0x0B: constant values of fields, params, properties.</summary>
    Constant = 0x0B,
    /// <summary>0x0C: custom attributes.</summary>
    CustomAttribute = 0x0C,
    /// <summary>0x0D: marshalling descriptors.</summary>
    FieldMarshal = 0x0D,
    /// <summary>0x0E: declarative security.</summary>
    DeclSecurity = 0x0E,
    /// <summary>0x0F: explicit class layouts.</summary>
    ClassLayout = 0x0F,
    /// <summary>0x10: explicit field offsets.</summary>
    FieldLayout = 0x10,
    /// <summary>0x11: standalone signatures.</summary>
    StandAloneSig = 0x11,
    /// <summary>0x12: type to event list.</summary>
    EventMap = 0x12,
    /// <summary>0x13: event indirection (#- only).</summary>
    EventPtr = 0x13,
    /// <summary>0x14: events.</summary>
    Event = 0x14,
    /// <summary>0x15: type to property list.</summary>
    PropertyMap = 0x15,
    /// <summary>0x16: property indirection (#- only).</summary>
    PropertyPtr = 0x16,
    /// <summary>0x17: properties.</summary>
    Property = 0x17,
    /// <summary>0x18: getter/setter/adder links.</summary>
    MethodSemantics = 0x18,
    /// <summary>0x19: explicit overrides.</summary>
    MethodImpl = 0x19,
    /// <summary>0x1A: referenced modules (P/Invoke DLLs).</summary>
    ModuleRef = 0x1A,
    /// <summary>0x1B: type specifications.</summary>
    TypeSpec = 0x1B,
    /// <summary>0x1C: P/Invoke mappings.</summary>
    ImplMap = 0x1C,
    /// <summary>0x1D: fields with initial data.</summary>
    FieldRva = 0x1D,
    /// <summary>0x1E: edit-and-continue log.</summary>
    EncLog = 0x1E,
    /// <summary>0x1F: edit-and-continue map.</summary>
    EncMap = 0x1F,
    /// <summary>0x20: the assembly manifest.</summary>
    Assembly = 0x20,
    /// <summary>0x21: unused.</summary>
    AssemblyProcessor = 0x21,
    /// <summary>0x22: unused.</summary>
    AssemblyOS = 0x22,
    /// <summary>0x23: referenced assemblies.</summary>
    AssemblyRef = 0x23,
    /// <summary>0x24: unused.</summary>
    AssemblyRefProcessor = 0x24,
    /// <summary>0x25: unused.</summary>
    AssemblyRefOS = 0x25,
    /// <summary>0x26: files of a multi-file assembly.</summary>
    File = 0x26,
    /// <summary>0x27: types forwarded or exported.</summary>
    ExportedType = 0x27,
    /// <summary>0x28: manifest resources.</summary>
    ManifestResource = 0x28,
    /// <summary>0x29: nesting.</summary>
    NestedClass = 0x29,
    /// <summary>0x2A: generic parameters.</summary>
    GenericParam = 0x2A,
    /// <summary>0x2B: generic method instantiations.</summary>
    MethodSpec = 0x2B,
    /// <summary>0x2C: generic parameter constraints.</summary>
    GenericParamConstraint = 0x2C,
}
