using Semitori.Hunting.Iocs;

namespace Semitori.Hunting.Tests.Iocs;

/// <summary>File kinds by name words, and the prefilter literal of a regex, as (input, expected) rows.</summary>
public sealed class IocParsingTests
{
    [Theory]
    [InlineData("hash-iocs.txt", IocKind.Hash)]
    [InlineData("my_hashes.txt", IocKind.Hash)]
    [InlineData("filename-iocs.txt", IocKind.Filename)]
    [InlineData("c2-iocs.txt", IocKind.C2)]
    [InlineData("APT10 C2.txt", IocKind.C2)]
    [InlineData("falsepositive-hashes.txt", IocKind.TrustedHash)]
    [InlineData("trusted-hash.txt", IocKind.TrustedHash)]
    [InlineData("myc2iocs.txt", IocKind.None)]
    [InlineData("hashcat-notes.txt", IocKind.None)]
    [InlineData("keywords.txt", IocKind.None)]
    [InlineData("README.txt", IocKind.None)]
    public void File_kind_needs_a_whole_word(string name, IocKind kind) => Assert.Equal(kind, IocFileClassifier.Classify(name));

    [Theory]
    [InlineData(@"\\usbclass\.sys", @"\usbclass.sys")]
    [InlineData(@"(?i)\\AppData\\Local\\Temp\\handkerchief\.dat", @"\appdata\local\temp\handkerchief.dat")]
    [InlineData(@"\\(server|svchost)\.exe$", ".exe")]
    [InlineData(@"(server|svchost)|\.exe$", null)]
    [InlineData(@"\\procdump(64)?\.exe", @"\procdump")]
    [InlineData(@"ProgramData\\Mail\\MailAg\\", @"programdata\mail\mailag\")]
    [InlineData(@"\\tmpx?abcdef\.exe", @"abcdef.exe")]
    [InlineData(@"/dev/shm/kdmtmpflush", @"\dev\shm\kdmtmpflush")]
    [InlineData(@"\\x41bcd\\x", @"\x41bcd\x")]
    [InlineData(@"\x41bcdef", "bcdef")]
    [InlineData(@"a|bcdefg", null)]
    [InlineData(@"(?x) abc def", null)]
    [InlineData(@"[a-z]{3}\.ps1", ".ps1")]
    [InlineData(@"\d+\.tmp", ".tmp")]
    [InlineData(@"[a-z-[aeiou]]abc", "abc")]
    [InlineData(@"x[]a]yzw", "yzw")]
    [InlineData(@"(?<n>abc)def\k<n>", "def")]
    public void Prefilter_literal(string pattern, string? literal) => Assert.Equal(literal, RegexLiteral.Extract(pattern));
}
