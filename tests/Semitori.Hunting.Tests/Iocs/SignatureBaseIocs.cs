using System.Runtime.CompilerServices;
using Semitori.Hunting.Iocs;

namespace Semitori.Hunting.Tests.Iocs;

/// <summary>
/// The signature-base <c>iocs</c> folder of the shared read-only data (../shared beside the
/// checkout), loaded once for all tests that need it.
/// </summary>
internal static class SignatureBaseIocs
{
    public static string Root { get; } = Environment.GetEnvironmentVariable("SEMITORI_SHARED") ?? FindShared();

    public static string Directory => Path.Combine(Root, "rulesets", "signature-base", "iocs");

    public static bool Available => System.IO.Directory.Exists(Directory);

    private static readonly Lazy<IocSet> Loaded = new(() => IocSet.LoadDirectory(Directory));

    public static IocSet Set => Loaded.Value;

    private static string FindShared([CallerFilePath] string source = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(source) ?? "."); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared");
            if (System.IO.Directory.Exists(Path.Combine(candidate, "rulesets", "signature-base")))
            {
                return candidate;
            }
        }

        return Path.GetFullPath(Path.Combine("..", "shared"));
    }
}

/// <summary>A fact that needs the shared signature-base lists; skipped with the reason when they are absent.</summary>
public sealed class SignatureBaseFactAttribute : FactAttribute
{
    public SignatureBaseFactAttribute()
    {
        if (!SignatureBaseIocs.Available)
        {
            Skip = $"signature-base IOC lists not found at {SignatureBaseIocs.Directory} (set SEMITORI_SHARED)";
        }
    }
}
