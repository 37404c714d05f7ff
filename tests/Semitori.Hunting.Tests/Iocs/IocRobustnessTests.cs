using System.Text;
using Semitori.Diagnostics;
using Semitori.Hunting.Iocs;

namespace Semitori.Hunting.Tests.Iocs;

/// <summary>
/// Hostile list text: seeded random lines built from list syntax fragments and junk never throw,
/// every diagnostic points inside the text, and every line ends up as an entry, a diagnostic or
/// nothing (comments, blanks) — never as two entries.
/// </summary>
public sealed class IocRobustnessTests
{
    private static readonly string[] Fragments =
    [
        ";", ";;", "#", "(?i)", "\\\\", "(", ")", "[", "]", "[z-a]", "{2,1}", "(?<=x)", "\\1", "*", "+?", "60", "-101", "100", "abc",
        "d41d8cd98f00b204e9800998ecf8427e", "DA39A3EE5E6B4B0D3255BFEF95601890AFD80709", "evil.example.com", "10.0.0.0/8", "::1", "1.2.3.4",
        "\u0000", "\u00e9", "\ud800", " ", "\t", "\r", "https://x.test/a;b",
    ];

    [Theory]
    [InlineData("hash-iocs.txt")]
    [InlineData("filename-iocs.txt")]
    [InlineData("c2-iocs.txt")]
    [InlineData("trusted-hashes.txt")]
    public void Random_lists_never_throw_and_diagnostics_point_inside(string name)
    {
        var random = new Random(4242);
        for (int round = 0; round < 40; round++)
        {
            var text = new StringBuilder();
            int lines = random.Next(1, 60);
            for (int l = 0; l < lines; l++)
            {
                int parts = random.Next(0, 6);
                for (int p = 0; p < parts; p++)
                {
                    text.Append(Fragments[random.Next(Fragments.Length)]);
                }

                text.Append('\n');
            }

            IocSet set = IocTestLists.Load((name, text.ToString()));
            int entries = set.Hashes.Count + set.TrustedHashes.Count + set.Filenames.Count + set.C2.Count;
            Assert.InRange(entries, 0, lines);
            Assert.All(set.Diagnostics, d =>
            {
                Assert.Equal(name, d.Path);
                Assert.InRange(d.Span.Start, 0, text.Length);
                Assert.InRange(d.Position.Line, 1, lines + 1);
            });

            // Whatever loaded can be applied.
            Assert.NotNull(IocTestLists.Run(set, "C:\\x\\" + text.ToString(0, Math.Min(40, text.Length)).Replace('\n', '_'), Encoding.UTF8.GetBytes(text.ToString())));
        }
    }

    [Fact]
    public void Crlf_lists_give_the_same_entries_and_columns()
    {
        const string lf = "# c\n\\\\a\\.exe;60\nbad(;60\n";
        IocSet unix = IocTestLists.Load(("filename-iocs.txt", lf));
        IocSet dos = IocTestLists.Load(("filename-iocs.txt", lf.Replace("\n", "\r\n")));
        Assert.Equal(unix.Filenames.Select(f => f.Pattern), dos.Filenames.Select(f => f.Pattern));
        Assert.Equal(unix.Diagnostics.Select(d => d.Position), dos.Diagnostics.Select(d => d.Position));
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(dos.Diagnostics).Severity);
    }
}
