namespace Semitori.Formats.DotNet;

/// <summary>Caps on what .NET metadata may make a reader do; each with its reason.</summary>
public static class DotNetLimits
{
    /// <summary>Stream headers read; the count is a 16-bit field, real files have 5 (obfuscators add a few).</summary>
    public const int MaxStreams = 64;

    /// <summary>ECMA-335 caps stream names at 32 characters including the NUL.</summary>
    public const int MaxStreamNameLength = 32;

    /// <summary>Rows materialised per table into model lists. Row counts are 32-bit fields the file controls.</summary>
    public const int MaxMetadataRows = 1 << 18;

    /// <summary>Bytes read for one #Strings entry.</summary>
    public const int MaxStringLength = 4096;

    /// <summary>User strings read from #US.</summary>
    public const int MaxUserStrings = 1 << 16;

    /// <summary>libyara reads at most 256 bytes (16 GUIDs) of #GUID for <c>guids[]</c>.</summary>
    public const int MaxGuids = 16;

    /// <summary>Fixed arguments decoded per custom attribute.</summary>
    public const int MaxCustomAttributeArguments = 64;

    /// <summary>Metadata version string length (libyara rejects lengths above 255).</summary>
    public const int MaxVersionLength = 255;
}
