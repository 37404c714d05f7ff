using Semitori.Hunting.Iocs;

namespace Semitori.Hunting.Tests.Iocs;

/// <summary>
/// The signature-base <c>iocs</c> folder of the shared read-only data (../shared beside the
/// checkout), loaded once for all tests that need it.
/// </summary>
internal static class SignatureBaseIocs
{
    public static string Root => Semitori.Formats.Tests.Evtx.SharedData.Root;

    public static string Directory => Path.Combine(Root, "rulesets", "signature-base", "iocs");

    public static bool Available => System.IO.Directory.Exists(Directory);

    private static readonly Lazy<IocSet> Loaded = new(() => IocSet.LoadDirectory(Directory));

    public static IocSet Set => Loaded.Value;
}
