using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Semitori.Hunting.Tests.Analyzers.Quasar;

/// <summary>
/// The benign fixtures, built once per test run: one settings class per client version in that
/// version's field order (tags v1.0.0.0–v1.4.1 of quasar/Quasar), encrypted by <see cref="FixtureCrypto"/>
/// from loopback hosts and dummy names, plus variants and look-alikes. No Quasar command or
/// message strings, no networking code.
/// </summary>
internal static class QuasarFixtures
{
    private const string Hosts = "127.0.0.1:4782;localhost:14782;";

    private static readonly Lazy<IReadOnlyDictionary<string, QuasarFixture>> All = new(Build);

    public static QuasarFixture Get(string name) => All.Value[name];

    public static IEnumerable<string> Names => All.Value.Keys;

    public static IEnumerable<string> Configs => All.Value.Values.Where(f => f.Expected is not null).Select(f => f.Name);

    private static Dictionary<string, QuasarFixture> Build()
    {
        var fixtures = new List<QuasarFixture>
        {
            V10(),
            V12(),
            V13(),
            V14("v14", renamed: false, badMacs: 0),
            V14("v14-renamed", renamed: true, badMacs: 0),
            V14("v14-bad-mac", renamed: false, badMacs: int.MaxValue),
            V14("v14-one-bad-mac", renamed: false, badMacs: 1),
            LookAlikeStrings(),
            LookAlikeBlobs("lookalike-blobs-13", 13, [6], 97),
            LookAlikeBlobs("lookalike-blobs-11", 11, [2, 3, 8], 98),
            LookAlikeBlobs("lookalike-blobs-10", 10, [7], 99),
        };
        return fixtures.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    private static QuasarFixture V10()
    {
        const string key = "fixture-key-10";
        var crypto = new FixtureCrypto(10);
        string E(string plain) => crypto.EncryptMd5(key, plain);
        FixturePlan plan = new FixturePlan()
            .Text("version", "VERSION", "1.1.0.0-fixture", E).Text("hosts", "HOSTS", Hosts, E).Int("RECONNECTDELAY", 4000)
            .Text("password", "PASSWORD", "fixture-password", E).Call("DIR", inline: true)
            .Text("subdirectory", "SUBFOLDER", "FixtureSub", E).Text("install_name", "INSTALLNAME", "fixture-client.exe", E)
            .Bool("install", "INSTALL", true).Bool("startup", "STARTUP", false)
            .Text("mutex", "MUTEX", "SEMITORI_FIXTURE_MUTEX_10", E).Text("startup_key", "STARTUPKEY", "Fixture Startup 10", E)
            .Bool("hide_file", "HIDEFILE", true).Bool("enable_logger", "ENABLELOGGER", false)
            .Text("encryption_key", "ENCRYPTIONKEY", key).Text("tag", "TAG", "fixture-tag-10", E);
        return Make("v10", "Fixture.Config.Settings", plan, "1.0-1.1", "none");
    }

    private static QuasarFixture V12()
    {
        const string key = "fixture-key-12";
        var crypto = new FixtureCrypto(12);
        string E(string plain) => crypto.EncryptMd5(key, plain);
        FixturePlan plan = new FixturePlan()
            .Text("version", "VERSION", "1.2.0.0-fixture", E).Text("hosts", "HOSTS", Hosts, E).Int("RECONNECTDELAY", 5000)
            .Text("password", "PASSWORD", "fixture-password-12", E).Folder("SPECIALFOLDER", Environment.SpecialFolder.ProgramFilesX86)
            .Call("DIR").Text("subdirectory", "SUBFOLDER", "FixtureSub12", E).Text("install_name", "INSTALLNAME", "fixture12.exe", E)
            .Bool("install", "INSTALL", false).Bool("startup", "STARTUP", true)
            .Text("mutex", "MUTEX", "SEMITORI_FIXTURE_MUTEX_12", E).Text("startup_key", "STARTUPKEY", "Fixture Startup 12", E)
            .Bool("hide_file", "HIDEFILE", false).Bool("enable_logger", "ENABLELOGGER", true)
            .Text("encryption_key", "ENCRYPTIONKEY", key).Text("tag", "TAG", "fixture-tag-12", E)
            .Text("log_directory", "LOGDIRECTORYNAME", "FixtureLogs12", E).Bool("hide_log_directory", "HIDELOGDIRECTORY", true);
        return Make("v12", "Fixture.Config.Settings", plan, "1.2", "none");
    }

    private static QuasarFixture V13()
    {
        const string key = "Fx9aQ2rTz7LmP0wYb3Kd";
        var crypto = new FixtureCrypto(13);
        string E(string plain) => crypto.EncryptHmac(key, plain, 16);
        FixturePlan plan = new FixturePlan()
            .Text("version", "VERSION", "1.3.0.0-fixture", E).Text("hosts", "HOSTS", Hosts, E).Int("RECONNECTDELAY", 2500)
            .Text("key", "KEY", Convert.ToBase64String(Enumerable.Range(1, 16).Select(i => (byte)i).ToArray()))
            .Text("authkey", "AUTHKEY", Convert.ToBase64String(Enumerable.Range(100, 64).Select(i => (byte)i).ToArray()))
            .Folder("SPECIALFOLDER", Environment.SpecialFolder.ApplicationData).Call("DIRECTORY")
            .Text("subdirectory", "SUBDIRECTORY", "FixtureSub13", E).Text("install_name", "INSTALLNAME", "fixture13.exe", E)
            .Bool("install", "INSTALL", true).Bool("startup", "STARTUP", true)
            .Text("mutex", "MUTEX", "SEMITORI_FIXTURE_MUTEX_13", E).Text("startup_key", "STARTUPKEY", "Fixture Startup 13", E)
            .Bool("hide_file", "HIDEFILE", false).Bool("enable_logger", "ENABLELOGGER", true)
            .Text("encryption_key", "ENCRYPTIONKEY", key).Text("tag", "TAG", "fixture-tag-13", E)
            .Text("log_directory", "LOGDIRECTORYNAME", "FixtureLogs13", E)
            .Bool("hide_log_directory", "HIDELOGDIRECTORY", false).Bool("hide_install_subdirectory", "HIDEINSTALLSUBDIRECTORY", true);
        return Make("v13", "Fixture.Config.Settings", plan, "1.3", "valid");
    }

    /// <summary>1.4; <paramref name="badMacs"/> values (in order) get a flipped MAC bit.</summary>
    private static QuasarFixture V14(string name, bool renamed, int badMacs)
    {
        using RSA rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Semitori Fixture Server", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using X509Certificate2 certificate = request.CreateSelfSigned(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2034, 1, 1, 0, 0, 0, TimeSpan.Zero));
        string key = certificate.Thumbprint;
        string signature = Convert.ToBase64String(rsa.SignHash(SHA256.HashData(Encoding.UTF8.GetBytes(key)), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        var crypto = new FixtureCrypto(14);
        int broken = 0;
        string E(string plain) => crypto.EncryptHmac(key, plain, 32, breakMac: broken++ < badMacs);
        var names = new Random(41);
        Func<string, string>? rename = renamed
            ? _ => new string(Enumerable.Range(0, 20).Select(_ => (char)('a' + names.Next(26))).ToArray())
            : null;
        FixturePlan plan = new FixturePlan(rename)
            .Text("version", "VERSION", "1.4.1-fixture", E).Text("hosts", "HOSTS", Hosts, E).Int("RECONNECTDELAY", 3000)
            .Folder("SPECIALFOLDER", Environment.SpecialFolder.ApplicationData).Call("DIRECTORY")
            .Text("subdirectory", "SUBDIRECTORY", "FixtureSub14", E).Text("install_name", "INSTALLNAME", "fixture14.exe", E)
            .Bool("install", "INSTALL", true).Bool("startup", "STARTUP", false)
            .Text("mutex", "MUTEX", "SEMITORI_FIXTURE_MUTEX_14", E).Text("startup_key", "STARTUPKEY", "Fixture Startup 14", E)
            .Bool("hide_file", "HIDEFILE", true).Bool("enable_logger", "ENABLELOGGER", false)
            .Text("encryption_key", "ENCRYPTIONKEY", key).Text("tag", "TAG", "fixture-tag-14", E)
            .Text("log_directory", "LOGDIRECTORYNAME", "FixtureLogs14", E).Text("server_signature", "SERVERSIGNATURE", signature, E)
            .Text("server_certificate", "SERVERCERTIFICATESTR", Convert.ToBase64String(certificate.RawData), E)
            .Bool("hide_log_directory", "HIDELOGDIRECTORY", true).Bool("hide_install_subdirectory", "HIDEINSTALLSUBDIRECTORY", false)
            .Text("install_path", "INSTALLPATH", string.Empty).Text("logs_path", "LOGSPATH", string.Empty)
            .Bool("unattended_mode", "UNATTENDEDMODE", true);
        plan.Expected.Remove("server_certificate");
        plan.Expected["server_certificate_subject"] = "CN=Semitori Fixture Server";
        plan.Expected["server_certificate_thumbprint"] = key;
        plan.Expected["server_signature_check"] = "valid";
        string type = renamed ? "qwhxkzvbnrtplmsdjfga" : "Fixture.Client.Config.Settings";
        return Make(name, type, plan, "1.4", badMacs == 0 ? "valid" : "invalid");
    }

    private static QuasarFixture LookAlikeStrings()
    {
        var plan = new FixturePlan();
        string[] words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo", "lima", "mike"];
        for (int i = 0; i < words.Length; i++)
        {
            plan.Text($"w{i}", $"Word{i}", $"The {words[i]} label of the fixture dialog");
        }

        plan.Bool("b", "Enabled", true).Int("Delay", 5000);
        return new QuasarFixture("lookalike-strings", FixtureAssemblyEmitter.Emit("Lookalike1", "Fixture.Ui.Strings", plan.Slots), null, null, null);
    }

    /// <summary>
    /// <paramref name="count"/> strings with random blobs of the right shape wherever a version expects
    /// ciphertext and plain strings in its key slots, so the shape checks pass and the decryptors run:
    /// nothing may open them (13 exercises the 1.4 path, 11 the 1.3 path, 10 the 1.2 path).
    /// </summary>
    private static QuasarFixture LookAlikeBlobs(string name, int count, int[] keys, int seed)
    {
        var crypto = new FixtureCrypto(seed);
        var plan = new FixturePlan();
        for (int i = 0; i < count; i++)
        {
            string value = keys.Contains(i) ? $"not-a-key-{i}" : i >= 11 ? string.Empty : crypto.RandomBlob(64 + (16 * (i % 3)));
            plan.Text($"s{i}", $"Value{i}", value);
        }

        plan.Bool("b0", "Flag0", false).Bool("b1", "Flag1", true).Int("Delay", 1000);
        return new QuasarFixture(name, FixtureAssemblyEmitter.Emit("Lookalike" + seed, "Fixture.Data.Blobs", plan.Slots), null, null, null);
    }

    private static QuasarFixture Make(string name, string type, FixturePlan plan, string layout, string mac)
    {
        byte[] bytes = FixtureAssemblyEmitter.Emit("Fixture" + name.Replace("-", string.Empty, StringComparison.Ordinal), type, plan.Slots);
        var expected = new Dictionary<string, string>(plan.Expected, StringComparer.Ordinal)
        {
            ["layout"] = layout,
            ["mac"] = mac,
        };
        return new QuasarFixture(name, bytes, layout, mac, expected);
    }
}
