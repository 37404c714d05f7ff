/*
   Semitori built-in pack: ANEL / UPPERCUT, APT10's 2018 backdoor against the Japanese media sector.
   Written by the Semitori project from the markers recorded in the development dossier (section 3);
   no third-party rule text. Module-free.
*/

rule Cicada_ANEL_Loader_Strings : apt10 cicada anel
{
    meta:
        author = "Semitori"
        description = "ANEL (UPPERCUT) loader: its scrambled marker string or its dll_size/compress_size/dllhash debug format string"
        reference = "https://attack.mitre.org/software/S0275/"
        reference2 = "https://www.fireeye.com/blog/threat-research/2018/09/apt10-targeting-japanese-corporations-using-updated-ttps.html"
        attack = "S0275,T1574.001"
        actor = "APT10"
        score = 85
        date = "2026-11-25"
    strings:
        $marker = "hprOBnaeloheSredDyrctbuo" ascii wide
        $debug = "dll_size %Iu bytes, compress_size %Iu bytes, dllhash 0x%08x" ascii wide
    condition:
        uint16(0) == 0x5A4D and uint32(uint32(0x3C)) == 0x00004550 and any of them
}

rule Cicada_UPPERCUT_Blowfish_Default_Key : apt10 cicada anel
{
    meta:
        author = "Semitori"
        description = "Older UPPERCUT builds: the Blowfish C2 key 'this is the encrypt key' as a string in a PE (later builds use a key per C2)"
        reference = "https://attack.mitre.org/software/S0275/"
        attack = "S0275,T1573.001"
        actor = "APT10"
        score = 60
        date = "2026-11-25"
    strings:
        $key = "this is the encrypt key" ascii wide
    condition:
        uint16(0) == 0x5A4D and uint32(uint32(0x3C)) == 0x00004550 and $key
}
