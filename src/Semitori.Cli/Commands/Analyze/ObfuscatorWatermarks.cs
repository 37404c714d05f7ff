using Semitori.Formats.DotNet;

namespace Semitori.Cli.Commands.Analyze;

/// <summary>
/// Attribute types .NET protectors leave in their output (ConfuserEx adds a module-level
/// <c>ConfusedByAttribute("ConfuserEx vX")</c>; others their own marker types), and stream
/// tricks (duplicate or extra heaps) that mark "invalid metadata" protection.
/// </summary>
internal static class ObfuscatorWatermarks
{
    private static readonly (string TypeName, string Protector)[] Markers =
    [
        ("ConfusedByAttribute", "ConfuserEx/Confuser"),
        ("DotfuscatorAttribute", "Dotfuscator"),
        ("PoweredByAttribute", "SmartAssembly"),
        ("BabelAttribute", "Babel"),
        ("BabelObfuscatorAttribute", "Babel"),
        ("ObfuscatedByGoliath", "Goliath"),
        ("YanoAttribute", "Yano"),
        ("ProcessedByXenocode", "Xenocode"),
        ("CryptoObfuscatorAttribute", "Crypto Obfuscator"),
        ("ProtectedWithCryptoObfuscatorAttribute", "Crypto Obfuscator"),
        ("NineRays.Obfuscator.Evaluation", "Spices.Net"),
        ("ObfuscatedByAgileDotNetAttribute", "Agile.NET"),
        ("DotNetPatcherObfuscatorAttribute", "DotNetPatcher"),
        ("EMyPID_8234_", "Eazfuscator"),
    ];

    public static IReadOnlyList<string> Find(DotNetFile net)
    {
        var found = new List<string>();
        foreach (DotNetCustomAttribute attribute in net.CustomAttributes)
        {
            foreach ((string typeName, string protector) in Markers)
            {
                if (string.Equals(attribute.TypeName, typeName, StringComparison.Ordinal) || string.Equals(attribute.FullTypeName, typeName, StringComparison.Ordinal))
                {
                    string arguments = string.Join(", ", attribute.FixedArguments);
                    found.Add($"{protector}: {attribute.FullTypeName}({arguments}) on {attribute.ParentTable}");
                }
            }
        }

        foreach (DotNetTypeDef type in net.TypeDefs)
        {
            foreach ((string typeName, string protector) in Markers)
            {
                if (string.Equals(type.Name, typeName, StringComparison.Ordinal) && !found.Any(f => f.Contains(typeName, StringComparison.Ordinal)))
                {
                    found.Add($"{protector}: type {type.FullName} defined in the module");
                }
            }
        }

        if (net.OddStreams.Count > 0)
        {
            found.Add($"metadata stream tricks: {string.Join(", ", net.OddStreams)}");
        }

        return found;
    }
}
