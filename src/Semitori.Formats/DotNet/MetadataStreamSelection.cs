namespace Semitori.Formats.DotNet;

/// <summary>Which stream wins when a name occurs more than once (obfuscators plant decoy heaps).</summary>
public enum MetadataStreamSelection
{
    /// <summary>The last stream of each kind wins, as the CLR and dnlib read it: what actually runs.</summary>
    Runtime,

    /// <summary>libyara's choice: the first #~/#-, #Strings, #Blob and #US, but the last #GUID (prefix match on names).</summary>
    Yara,
}
