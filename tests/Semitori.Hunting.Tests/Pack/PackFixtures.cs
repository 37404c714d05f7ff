using System.Text;
using Semitori.Formats.Tests.Support;

namespace Semitori.Hunting.Tests.Pack;

/// <summary>
/// One benign synthetic file per pack rule that reproduces the rule's marker, and a near-miss
/// look-alike that must not fire it. Relative paths matter for the rules that read the file-name
/// externals (renamed tools). Fixtures that need mingw are left out when it is absent.
/// </summary>
internal static class PackFixtures
{
    /// <param name="Rule">The rule the fixture is for.</param>
    /// <param name="Hit">Relative path and bytes of the file that must fire it.</param>
    /// <param name="Miss">Relative path and bytes of a look-alike that must not.</param>
    public sealed record Case(string Rule, (string Path, byte[] Data) Hit, (string Path, byte[] Data) Miss);

    public static IReadOnlyList<Case> All { get; } = Build();

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    private static List<Case> Build()
    {
        var cases = new List<Case>
        {
            new("Cicada_RedLeaves_Implant_Strings", ("redleaves/mutex.dll", PeBytes.Shell("RedLeavesCMDSimulatorMutex")), ("redleaves/mutex-miss.dll", PeBytes.Shell("RedLeavesCMDSimulator"))),
            new("Cicada_RedLeaves_Implant_Strings", ("redleaves/xor1.dll", PeBytes.Shell(PeBytes.Xor("red_autumnal_leaves_dllmain.dll", 0x01))), ("redleaves/xor2.dll", PeBytes.Shell(PeBytes.Xor("red_autumnal_leaves_dllmain.dll", 0x02)))),
            new("Cicada_RedLeaves_Himawari_Variant", ("himawari/h.dll", PeBytes.Shell("himawariA", "HimawariDemo")), ("himawari/miss.dll", PeBytes.Shell("himawariA", "himawariAB"))),
            new("Cicada_RedLeaves_Config_Fields", ("redleaves/config.dll", PeBytes.Shell("dwConnectPort", "strRemoteLanAddress", "__msgid", "__upt")), ("redleaves/config-miss.dll", PeBytes.Shell("dwConnectPort", "__msgid", "__upt", "__serial"))),
            new("Cicada_ChChes_PowerShell_Loader", ("chches/loader.ps1", Ascii("function Invoke-shCdpot { param($a) }")), ("chches/powersploit.ps1", Ascii("function Invoke-Shellcode { param($a) }"))),
            new("Cicada_ChChes_Lnk_Metadata", ("chches/card.lnk", PeBytes.Lnk("win-hg68mmgacjc")), ("chches/notes.txt", Encoding.Unicode.GetBytes("host win-hg68mmgacjc"))),
            new("Cicada_ANEL_Loader_Strings", ("anel/loader.dll", PeBytes.Shell("hprOBnaeloheSredDyrctbuo")), ("anel/report.txt", Ascii("ANEL loader marker hprOBnaeloheSredDyrctbuo"))),
            new("Cicada_UPPERCUT_Blowfish_Default_Key", ("anel/uppercut.dll", PeBytes.Shell("this is the encrypt key")), ("anel/other.dll", PeBytes.Shell("this is the encryption key"))),
            new("Cicada_PlugX_RedLeaves_Build_Paths", ("plugx/pdb.dll", PeBytes.Shell(@"C:\my_OK_2014\bit9\runsna\Release\a.pdb")), ("plugx/pdb-miss.dll", PeBytes.Shell(@"C:\my_OK_2015\bit9\runsna\Release\a.pdb"))),
            new("Cicada_PlugX_Config_Magic", ("plugx/config.bin", Ascii("GULP\u0001\u0002config")), ("plugx/notes.bin", Ascii("xGULP config"))),
            new("Cicada_CloudHopper_WmiExec_Output_Redirect", ("cloudhopper/run.bat", Ascii(@"cmd.exe /c whoami > C:\Windows\Temp\wmi.dll 2>&1")), ("cloudhopper/run-miss.bat", Ascii(@"cmd.exe /c whoami > C:\Windows\Temp\wmi.dll"))),
            new("Cicada_CloudHopper_WmiExec_Vbs", ("cloudhopper/t.vbs", Ascii("WScript.Echo \"WMIEXEC : Login -> OK\"")), ("cloudhopper/other.vbs", Ascii("WScript.Echo \"WMIEXEC : Login failed\""))),
            new("Cicada_CloudHopper_EGGORG_Registry_Key", ("cloudhopper/eggorg.dll", PeBytes.Shell(@"SOFTWARE\EGGORG")), ("cloudhopper/egg.dll", PeBytes.Shell(@"SOFTWARE\EGGS"))),
            new("Cicada_QuasarRAT_TypeLib_Guid", ("quasar/guid.exe", PeBytes.Shell("cfda6d2e-8ab3-4349-b89a-33e1f0dab32b")), ("quasar/guid-miss.exe", PeBytes.Shell("cfda6d2e-8ab3-4349-b89a-33e1f0dab32c"))),
            new("Cicada_QuasarRAT_Packet_Names_Any_Version", ("quasar/packets.exe", PeBytes.Shell("<RunHidden>k__BackingField", "DoShellExecute", "ReverseProxyConnect")), ("quasar/packets-miss.exe", PeBytes.Shell("<RunHidden>k__BackingField", "DoShellExecuteAsync"))),
            new("Cicada_QuasarRAT_APT10_2019_Uninstall_Message", ("quasar/bye.exe", PeBytes.Shell("Uninstalling... good bye :-(", "Quasar.Common")), ("quasar/bye-miss.exe", PeBytes.Shell("Uninstalling... good bye :-("))),
            new("Cicada_HUILoader_Marker", ("related/hui.dll", PeBytes.Shell("HUIHWASDIHWEIUDHDSFSFEFWEFEWFDSGEFERWGWEEFWFWEWD")), ("related/hui-miss.dll", PeBytes.Shell("HUIHWASDIHWEIUDHDSFSFEFWEFEWFDSGEFERWGWEEFWFWEW"))),
            new("Cicada_LODEINFO_Build_Path", ("related/lodeinfo.dll", PeBytes.Shell(@"E:\Production\Tool-Developing\png_info\Release\png_info.pdb")), ("related/lodeinfo-miss.dll", PeBytes.Shell(@"E:\Production\png_info\Release\png_info.pdb"))),
        };

        // .NET structure: an emitted assembly patched the way ConfuserEx leaves it.
        byte[] assembly = EmittedAssemblies.ConfuserWatermarked;
        cases.Add(new("Cicada_ConfuserEx_AntiTamper_Section",
            ("confuser/antitamper.dll", PeBytes.WithFirstSection(assembly, [0x3B, 0x11, 0x7E, 0x05, 0x42, 0x6A, 0x1F, 0x70], 0xE0000040)),
            ("confuser/rwx-text.dll", PeBytes.WithFirstSection(assembly, Ascii(".text"), 0xE0000040))));
        cases.Add(new("Cicada_ConfuserEx_Duplicate_Metadata_Heaps",
            ("confuser/heaps.dll", PeBytes.Replace(assembly, "#Blob\0", "#GUID\0")),
            ("confuser/plain.dll", assembly)));

        if (MingwTools.Executables is { } exe)
        {
            byte[] neutral = exe["fixture.exe"];
            cases.Add(new("Cicada_Renamed_PSCP", ("tools/rundll32.exe", exe["PSCP"]), ("tools/pscp.exe", exe["PSCP"])));
            cases.Add(new("Cicada_PuTTY_As_Rundll32", ("putty/rundll32.exe", PeBytes.Shell("AES-256 SDCTR", "direct-tcpip")), ("putty/plink.exe", PeBytes.Shell("AES-256 SDCTR", "direct-tcpip"))));
            cases.Add(new("Cicada_Renamed_CertUtil", ("tools/cu.exe", exe["CertUtil.exe.mui"]), ("tools/Windows/System32/certutil.exe", exe["CertUtil.exe.mui"])));
            cases.Add(new("Cicada_Renamed_CertUtil", ("tools/c.exe", exe["CertUtil.exe.mui"]), ("tools/Windows/System32/en-US/certutil.exe.mui", exe["CertUtil.exe.mui"])));
            cases.Add(new("Cicada_CertUtil_Outside_Windows", ("tools/certutil.exe", exe["CertUtil.exe.mui"]), ("tools/Windows/WinSxS/amd64_certutil/certutil.exe", exe["CertUtil.exe.mui"])));
            cases.Add(new("Cicada_Ecipekac_Enlarged_Certificate_Table",
                ("ecipekac/vac.dll", PeBytes.WithCertificateTable(neutral, new byte[48], slack: 4096)),
                ("ecipekac/signed.dll", PeBytes.WithCertificateTable(neutral, new byte[48], slack: 0))));
            byte[] htSubject = [.. new byte[16], .. Ascii("HT Srl"), 0, .. Ascii("Milan"), .. new byte[9]];
            cases.Add(new("Cicada_ChChes_HackingTeam_Certificate",
                ("chches/ht-signed.exe", PeBytes.WithCertificateTable(neutral, htSubject, slack: 0)),
                ("chches/ht-overlay.exe", [.. neutral, .. htSubject])));
        }

        return cases;
    }
}
