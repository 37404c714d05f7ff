using Semitori.Formats.DotNet;

namespace Semitori.Hunting.Analyzers.ConfuserEx;

/// <summary>
/// ConfuserEx's watermark: the engine defines <c>ConfusedByAttribute</c> (one string constructor)
/// and applies it to the module with "&lt;product&gt; &lt;version&gt;", e.g. "ConfuserEx v1.0.0"
/// (yck1509/ConfuserEx Confuser.Core/ConfuserEngine.cs; dossier §10.1). Only an applied attribute
/// counts: the words in a string heap or user string are not a watermark.
/// </summary>
internal static class ConfuserExWatermark
{
    public const string AttributeName = "ConfusedByAttribute";

    /// <summary>The version string of the APT10 .NET loader (Symantec 2020, BlackBerry 2019 via dossier §5.3).</summary>
    public const string Apt10Version = "ConfuserEx v1.0.0";

    /// <summary>The first watermark applied to the module or assembly: (found, version text or null when undecodable, parent table).</summary>
    public static (bool Found, string? Version, string Parent) Read(DotNetFile dotNet)
    {
        foreach (DotNetCustomAttribute attribute in dotNet.FindAttributes(AttributeName))
        {
            if (attribute.ParentTable is not (MetadataTable.Module or MetadataTable.Assembly))
            {
                continue;
            }

            string parent = attribute.ParentTable == MetadataTable.Module ? "module" : "assembly";
            string? version = attribute.FixedArguments.Count > 0 ? attribute.FixedArguments[0].Value as string : null;
            return (true, version, parent);
        }

        return (false, null, string.Empty);
    }
}
