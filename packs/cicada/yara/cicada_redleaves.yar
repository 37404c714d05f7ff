/*
   Semitori built-in pack: RedLeaves (BUGJUICE) and its Himawari variant, APT10's 2016-2018 implant.
   Written by the Semitori project from the markers recorded in the development dossier (section 3);
   no third-party rule text. Module-free.
*/

rule Cicada_RedLeaves_Implant_Strings : apt10 cicada redleaves
{
    meta:
        author = "Semitori"
        description = "RedLeaves implant: its internal DLL name red_autumnal_leaves_dllmain.dll (plain or XOR 0x01 as the dropped payload stores it), its CMD-simulator mutexes or its NamePipe_MoreWindows pipe"
        reference = "https://attack.mitre.org/software/S0153/"
        reference2 = "https://web.archive.org/web/20220224041316/https:/www.pwc.co.uk/cyber-security/pdf/cloud-hopper-report-final-v4.pdf"
        attack = "S0153,T1574.001"
        actor = "APT10"
        score = 85
        date = "2026-11-25"
    strings:
        $dll = "red_autumnal_leaves_dllmain.dll" xor(0x00-0x01)
        $mutex1 = "RedLeavesCMDSimulatorMutex" ascii wide
        $mutex2 = "RedLeavesSCMDSimulatorMutex" ascii wide
        $pipe = "NamePipe_MoreWindows" ascii wide
    condition:
        uint16(0) == 0x5A4D and uint32(uint32(0x3C)) == 0x00004550 and any of them
}

rule Cicada_RedLeaves_Himawari_Variant : apt10 cicada redleaves
{
    meta:
        author = "Semitori"
        description = "Himawari variant of RedLeaves (JPCERT/CC naming): two of the himawariA/himawariB/HimawariDemo markers in one PE"
        reference = "https://attack.mitre.org/software/S0153/"
        reference2 = "https://github.com/JPCERTCC/jpcert-yara"
        attack = "S0153"
        actor = "APT10"
        score = 80
        date = "2026-11-25"
    strings:
        $a = "himawariA" ascii wide fullword
        $b = "himawariB" ascii wide fullword
        $demo = "HimawariDemo" ascii wide
    condition:
        uint16(0) == 0x5A4D and uint32(uint32(0x3C)) == 0x00004550 and 2 of them
}

rule Cicada_RedLeaves_Config_Fields : apt10 cicada redleaves
{
    meta:
        author = "Semitori"
        description = "RedLeaves configuration and message field names (dwConnectPort, strRemoteLanAddress with two of __msgid/__serial/__upt) in a PE"
        reference = "https://attack.mitre.org/software/S0153/"
        reference2 = "https://github.com/Yara-Rules/rules"
        attack = "S0153,T1071.001"
        actor = "APT10"
        score = 75
        date = "2026-11-25"
    strings:
        $f1 = "dwConnectPort" ascii wide
        $f2 = "strRemoteLanAddress" ascii wide
        $m1 = "__msgid" ascii wide fullword
        $m2 = "__serial" ascii wide fullword
        $m3 = "__upt" ascii wide fullword
    condition:
        uint16(0) == 0x5A4D and uint32(uint32(0x3C)) == 0x00004550 and all of ($f*) and 2 of ($m*)
}
