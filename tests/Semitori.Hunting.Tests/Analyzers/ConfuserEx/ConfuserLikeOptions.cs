namespace Semitori.Hunting.Tests.Analyzers.ConfuserEx;

/// <summary>Which ConfuserEx artefacts a fixture assembly carries (each reproduces one documented trait).</summary>
public sealed record ConfuserLikeOptions
{
    /// <summary>ConfusedByAttribute version string applied to the module, or null for none.</summary>
    public string? Watermark { get; init; }

    /// <summary>&lt;Module&gt;::.cctor, a generic constants getter T m&lt;T&gt;(uint) and an AssemblyResolve handler.</summary>
    public bool ModuleRuntime { get; init; }

    /// <summary>VirtualProtect and IsDebuggerPresent P/Invokes declared on &lt;Module&gt;.</summary>
    public bool NativeGuards { get; init; }

    /// <summary>Types and methods named with invisible characters (ConfuserEx Unicode renaming).</summary>
    public bool UnprintableNames { get; init; }

    /// <summary>Methods whose IL has the switch dispatcher and the mul/xor state updates.</summary>
    public bool ControlFlow { get; init; }

    /// <summary>First section renamed with random 7-bit bytes, made 0xE0000040, and method bodies scrambled.</summary>
    public bool AntiTamper { get; init; }

    /// <summary>The #GUID stream header renamed #Schema (an invalid-metadata stream name).</summary>
    public bool SchemaStream { get; init; }

    /// <summary>A user string the code loads (look-alikes put the watermark text here).</summary>
    public string? UserString { get; init; }
}
