using System.Text;
using System.Text.RegularExpressions;

namespace Semitori.Yara.Tests.Differential;

/// <summary>
/// The signature-base rule files that need no module, each in its own namespace (rule names
/// repeat across files), with the externals signature-base expects, and data files that plant
/// the rules' own text strings so that many rules really match.
/// </summary>
internal static partial class SignatureBaseFixture
{
    public static readonly string[] ExternalNames = ["filename", "filepath", "extension", "filetype", "owner"];

    public static string YaraDir => Path.Combine(TestPaths.SignatureBase, "yara");

    public static IReadOnlyList<string> ModuleFreeFiles() =>
        Directory.GetFiles(YaraDir, "*.yar").Order(StringComparer.Ordinal)
            .Where(f => !ImportLine().IsMatch(File.ReadAllText(f))).ToList();

    public static string Namespace(string file) => "sb_" + Path.GetFileNameWithoutExtension(file).Replace('-', '_');

    public static IEnumerable<string> YaraArguments(IEnumerable<string> files)
    {
        foreach (string name in ExternalNames)
        {
            yield return "-d";
            yield return $"{name}=x";
        }

        foreach (string f in files)
        {
            yield return $"{Namespace(f)}:{f}";
        }
    }

    public static void DefineExternals(YaraCompiler compiler)
    {
        foreach (string name in ExternalNames)
        {
            compiler.DefineExternal(name, "x");
        }
    }

    /// <summary>Writes <paramref name="count"/> files of random bytes with planted rule strings (ascii and UTF-16).</summary>
    public static void WritePlantedData(string dir, IReadOnlyList<string> ruleFiles, int count, int seed)
    {
        var words = new List<byte[]>();
        foreach (string f in ruleFiles)
        {
            foreach (Match m in TextString().Matches(File.ReadAllText(f)))
            {
                byte[]? bytes = Unescape(m.Groups[1].Value);
                if (bytes is { Length: >= 4 })
                {
                    words.Add(bytes);
                }
            }
        }

        var random = new Random(seed);
        for (int i = 0; i < count; i++)
        {
            var data = new byte[65536];
            random.NextBytes(data);
            if (i % 3 == 0)
            {
                data[0] = (byte)'M';
                data[1] = (byte)'Z';
            }

            for (int p = 0; p < 400; p++)
            {
                byte[] w = words[random.Next(words.Count)];
                if (random.Next(4) == 0)
                {
                    w = Encoding.Unicode.GetBytes(Encoding.Latin1.GetString(w));
                }

                int at = random.Next(2, data.Length - w.Length);
                w.CopyTo(data, at);
            }

            File.WriteAllBytes(Path.Combine(dir, $"planted{i:D2}.bin"), data);
        }
    }

    private static byte[]? Unescape(string raw)
    {
        var bytes = new List<byte>();
        for (int i = 0; i < raw.Length; i++)
        {
            char c = raw[i];
            if (c > 0x7F)
            {
                return null;
            }

            if (c != '\\')
            {
                bytes.Add((byte)c);
                continue;
            }

            if (++i >= raw.Length)
            {
                return null;
            }

            switch (raw[i])
            {
                case 'n': bytes.Add(10); break;
                case 't': bytes.Add(9); break;
                case 'r': bytes.Add(13); break;
                case 'x' when i + 2 < raw.Length: bytes.Add(Convert.ToByte(raw.Substring(i + 1, 2), 16)); i += 2; break;
                default: bytes.Add((byte)raw[i]); break;
            }
        }

        return [.. bytes];
    }

    [GeneratedRegex(@"^\s*import\s+""", RegexOptions.Multiline)]
    private static partial Regex ImportLine();

    [GeneratedRegex(@"\$\w*\s*=\s*""((?:[^""\\\n]|\\.)*)""")]
    private static partial Regex TextString();
}
