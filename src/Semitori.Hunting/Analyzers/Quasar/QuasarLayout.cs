namespace Semitori.Hunting.Analyzers.Quasar;

/// <summary>
/// One client version's settings as its builder writes them: string settings in <c>ldstr</c> order
/// (detail keys), which of them are stored in clear, where the key string sits, and the names of
/// the boolean, int and sbyte slots in their order. Tables come from the Settings classes at the
/// quasar/Quasar tags v1.0.0.0, v1.1.0.0, v1.2.0.0, v1.3.0.0 and v1.4.1.
/// </summary>
/// <param name="Name">Version family shown in findings.</param>
/// <param name="Scheme">String encryption.</param>
/// <param name="Strings">Detail keys of the string settings, in builder order.</param>
/// <param name="KeyIndex">Index in <paramref name="Strings"/> of the plain key string.</param>
/// <param name="PlainIndexes">Indexes of settings stored in clear (the key included).</param>
/// <param name="MinStrings">Fewest string slots the layout accepts.</param>
/// <param name="MaxStrings">Most string slots the layout accepts (extra slots are ignored).</param>
/// <param name="Booleans">Detail keys of the bool slots in order.</param>
internal sealed record QuasarLayout(
    string Name,
    QuasarScheme Scheme,
    IReadOnlyList<string> Strings,
    int KeyIndex,
    IReadOnlySet<int> PlainIndexes,
    int MinStrings,
    int MaxStrings,
    IReadOnlyList<string> Booleans)
{
    /// <summary>Detail key of the (first) <c>ldc.i4</c> slot: the reconnect delay in milliseconds.</summary>
    public const string IntKey = "reconnect_delay";

    /// <summary>Detail key of the (first) <c>ldc.i4.s</c> slot: the install base folder (1.1 and later).</summary>
    public const string SByteKey = "special_folder";

    private static readonly string[] OldBooleans = ["install", "startup", "hide_file", "enable_logger"];

    /// <summary>1.0 and 1.1: nine strings, MD5 key.</summary>
    public static QuasarLayout V10 { get; } = new("1.0-1.1", QuasarScheme.Md5Aes128,
        ["version", "hosts", "password", "subdirectory", "install_name", "mutex", "startup_key", "encryption_key", "tag"],
        7, new HashSet<int> { 7 }, 9, 9, OldBooleans);

    /// <summary>1.2: ten strings (adds the log directory), MD5 key.</summary>
    public static QuasarLayout V12 { get; } = new("1.2", QuasarScheme.Md5Aes128,
        ["version", "hosts", "password", "subdirectory", "install_name", "mutex", "startup_key", "encryption_key", "tag", "log_directory"],
        7, new HashSet<int> { 7 }, 10, 10, [.. OldBooleans, "hide_log_directory"]);

    /// <summary>1.3: eleven strings with the network KEY/AUTHKEY in clear, PBKDF2 → AES-128 + HMAC.</summary>
    public static QuasarLayout V13 { get; } = new("1.3", QuasarScheme.Pbkdf2Aes128Hmac,
        ["version", "hosts", "key", "authkey", "subdirectory", "install_name", "mutex", "startup_key", "encryption_key", "tag", "log_directory"],
        8, new HashSet<int> { 2, 3, 8 }, 11, 11, [.. OldBooleans, "hide_log_directory", "hide_install_subdirectory"]);

    /// <summary>1.4: server signature and certificate added, two empty path strings at the end, PBKDF2 → AES-256 + HMAC.</summary>
    public static QuasarLayout V14 { get; } = new("1.4", QuasarScheme.Pbkdf2Aes256Hmac,
        ["version", "hosts", "subdirectory", "install_name", "mutex", "startup_key", "encryption_key", "tag", "log_directory",
            "server_signature", "server_certificate", "install_path", "logs_path"],
        6, new HashSet<int> { 6, 11, 12 }, 11, 13,
        [.. OldBooleans, "hide_log_directory", "hide_install_subdirectory", "unattended_mode"]);

    /// <summary>Every layout, tried in this order (those with a MAC first: they give an exact answer).</summary>
    public static IReadOnlyList<QuasarLayout> All { get; } = [V14, V13, V12, V10];

    /// <summary>True when the settings at <paramref name="index"/> are encrypted in this layout.</summary>
    public bool IsEncrypted(int index) => index < Strings.Count && !PlainIndexes.Contains(index);

    /// <summary>True when a candidate with <paramref name="stringCount"/> string slots fits this layout.</summary>
    public bool Accepts(int stringCount) => stringCount >= MinStrings && stringCount <= MaxStrings;
}
