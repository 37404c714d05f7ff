using Semitori.Formats.Tests.Support;

namespace Semitori.Hunting.Tests.Pack;

/// <summary>
/// Small Windows executables built with mingw-w64 for the pack's module-dependent rules: one per
/// version-resource OriginalFilename. Built once per test run (a few seconds), null without mingw.
/// </summary>
internal static class MingwTools
{
    private static readonly Lazy<IReadOnlyDictionary<string, byte[]>?> Built = new(Build);

    /// <summary>OriginalFilename → executable bytes: "PSCP" (PuTTY's value), "CertUtil.exe.mui", "fixture.exe".</summary>
    public static IReadOnlyDictionary<string, byte[]>? Executables => Built.Value;

    private static IReadOnlyDictionary<string, byte[]>? Build()
    {
        if (!Tools.HasMingw)
        {
            return null;
        }

        string work = Directory.CreateTempSubdirectory("semitori-pack-mingw-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(work, "main.c"), "#include <windows.h>\nint main(void) { return (int)GetTickCount() & 1; }\n");
            var result = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            int n = 0;
            foreach (string original in (string[])["PSCP", "CertUtil.exe.mui", "fixture.exe"])
            {
                string rc = $"v{n}.rc", obj = $"v{n}.o", exe = $"v{n}.exe";
                File.WriteAllText(Path.Combine(work, rc), $$"""
                    1 VERSIONINFO
                    FILEVERSION 1,0,0,0
                    BEGIN
                      BLOCK "StringFileInfo"
                      BEGIN
                        BLOCK "040904b0"
                        BEGIN
                          VALUE "FileDescription", "Semitori test fixture"
                          VALUE "OriginalFilename", "{{original}}"
                        END
                      END
                      BLOCK "VarFileInfo"
                      BEGIN
                        VALUE "Translation", 0x409, 1200
                      END
                    END
                    """);
                Tools.Run("x86_64-w64-mingw32-windres", work, rc, "-O", "coff", "-o", obj);
                Tools.Run("x86_64-w64-mingw32-gcc", work, "-O1", "-s", "-o", exe, "main.c", obj);
                result[original] = File.ReadAllBytes(Path.Combine(work, exe));
                n++;
            }

            return result;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
