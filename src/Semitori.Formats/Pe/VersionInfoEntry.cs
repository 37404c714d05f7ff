namespace Semitori.Formats.Pe;

/// <summary>
/// One StringFileInfo string (e.g. FileVersion = 27.1.9.33), in file order. Strings are decoded as
/// UTF-16; libyara keeps the low byte of each UTF-16 unit and cuts keys at 63 and values at 255
/// characters, which a YARA projection applies on top.
/// </summary>
public sealed record VersionInfoEntry(string Key, string Value);
