using System.Diagnostics;

namespace Semitori.Yara.Tests.Modules;

/// <summary>
/// Real PE files for the module differential tests: the corpus data files, about 30 assemblies
/// of the running .NET shared framework (R2R PE32+ with CLR metadata), and, when mingw-w64 is
/// installed, a DLL and an EXE built from a small C source with exports, imports from two DLLs,
/// a version resource and (for the EXE) an overlay.
/// </summary>
internal static class ModuleSamples
{
    private const string Source = """
        #include <windows.h>
        __declspec(dllexport) int SemitoriAdd(int a, int b) { return a + b; }
        __declspec(dllexport) int SemitoriMul(int a, int b) { return a * b; }
        __declspec(dllexport) DWORD SemitoriTick(void) { return GetTickCount(); }
        __declspec(dllexport) int SemitoriBox(void) { return MessageBoxA(0, "x", "y", 0); }
        int main(void) { return SemitoriAdd(1, 2) + (int)GetCurrentProcessId(); }
        """;

    private const string Resource = """
        1 VERSIONINFO
        FILEVERSION 1,2,3,4
        PRODUCTVERSION 1,2,3,4
        BEGIN
          BLOCK "StringFileInfo"
          BEGIN
            BLOCK "040904b0"
            BEGIN
              VALUE "CompanyName", "Semitori Test"
              VALUE "FileDescription", "module differential sample"
              VALUE "FileVersion", "1.2.3.4"
              VALUE "OriginalFilename", "sample.dll"
            END
          END
          BLOCK "VarFileInfo"
          BEGIN
            VALUE "Translation", 0x409, 1200
          END
        END
        """;

    /// <summary>Copies the samples into <paramref name="dir"/>; returns how many mingw builds were made.</summary>
    public static int CopyTo(string dir)
    {
        foreach (string sample in Directory.GetFiles(Path.Combine(TestPaths.CorpusDir, "data")).Order(StringComparer.Ordinal))
        {
            if (!sample.EndsWith(".yar", StringComparison.Ordinal))
            {
                File.Copy(sample, Path.Combine(dir, "corpus_" + Path.GetFileName(sample)));
            }
        }

        string runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string[] dlls = Directory.GetFiles(runtime, "*.dll").Order(StringComparer.Ordinal).ToArray();
        int step = Math.Max(1, dlls.Length / 30);
        for (int i = 0; i < dlls.Length; i += step)
        {
            File.Copy(dlls[i], Path.Combine(dir, "sdk_" + Path.GetFileName(dlls[i])));
        }

        return BuildMingw(dir);
    }

    private static int BuildMingw(string dir)
    {
        const string gcc = "/usr/bin/x86_64-w64-mingw32-gcc", windres = "/usr/bin/x86_64-w64-mingw32-windres";
        if (!File.Exists(gcc) || !File.Exists(windres))
        {
            return 0;
        }

        string work = Directory.CreateTempSubdirectory("semitori-mingw-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(work, "s.c"), Source);
            File.WriteAllText(Path.Combine(work, "r.rc"), Resource);
            if (!Run(windres, work, "r.rc", "-O", "coff", "-o", "r.o"))
            {
                return 0;
            }

            int built = 0;
            if (Run(gcc, work, "-shared", "-O1", "-o", "mingw_sample.dll", "s.c", "r.o", "-luser32"))
            {
                File.Copy(Path.Combine(work, "mingw_sample.dll"), Path.Combine(dir, "mingw_sample.dll"));
                built++;
            }

            if (Run(gcc, work, "-O0", "-g", "-o", "mingw_sample.exe", "s.c", "r.o", "-luser32"))
            {
                // An overlay after the last section, as droppers append payloads.
                byte[] exe = File.ReadAllBytes(Path.Combine(work, "mingw_sample.exe"));
                File.WriteAllBytes(Path.Combine(dir, "mingw_sample_overlay.exe"), [.. exe, .. "OVERLAY-DATA"u8]);
                built++;
            }

            return built;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static bool Run(string tool, string cwd, params string[] args)
    {
        var psi = new ProcessStartInfo(tool) { WorkingDirectory = cwd, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (string a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using Process p = Process.Start(psi)!;
        p.StandardOutput.ReadToEnd();
        p.StandardError.ReadToEnd();
        return p.WaitForExit(60_000) && p.ExitCode == 0;
    }
}
