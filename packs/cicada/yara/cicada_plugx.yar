/*
   Semitori built-in pack: PlugX as APT10 used it 2014-2017 (and the PlugX/RedLeaves builds of
   US-CERT TA17-117A). Written by the Semitori project from the markers recorded in the development
   dossier (sections 3, 11.1); no third-party rule text. Module-free.
*/

rule Cicada_PlugX_RedLeaves_Build_Paths : apt10 cicada plugx
{
    meta:
        author = "Semitori"
        description = "Build paths left in PlugX/RedLeaves binaries of the Cloud Hopper period (my_OK_2014\\bit9\\runsna, plug4.0(shellcode))"
        reference = "https://attack.mitre.org/software/S0013/"
        reference2 = "https://attack.mitre.org/software/S0153/"
        attack = "S0013,S0153"
        actor = "APT10"
        score = 85
        date = "2026-11-25"
    strings:
        $p1 = "\\my_OK_2014\\bit9\\runsna" ascii wide nocase
        $p2 = "plug4.0(shellcode)" ascii wide nocase
    condition:
        uint16(0) == 0x5A4D and uint32(uint32(0x3C)) == 0x00004550 and any of them
}

rule Cicada_PlugX_Config_Magic : cicada plugx
{
    meta:
        author = "Semitori"
        description = "Data starting with the PlugX configuration magic 'GULP' (JPCERT/CC's PlugX config marker); a hunting lead, the family is shared by many actors"
        reference = "https://attack.mitre.org/software/S0013/"
        reference2 = "https://github.com/JPCERTCC/jpcert-yara"
        attack = "S0013"
        actor = "APT10"
        score = 50
        date = "2026-11-25"
    strings:
        $magic = "GULP"
    condition:
        $magic at 0 and filesize < 2MB
}
