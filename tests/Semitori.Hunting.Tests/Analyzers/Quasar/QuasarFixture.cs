namespace Semitori.Hunting.Tests.Analyzers.Quasar;

/// <summary>A built fixture: its bytes and what the extractor must report (null for look-alikes).</summary>
internal sealed record QuasarFixture(string Name, byte[] Bytes, string? Layout, string? Mac, IReadOnlyDictionary<string, string>? Expected)
{
    public override string ToString() => Name;
}
