/*
   Semitori built-in pack: ChChes (Scorpion, HAYMAKER), APT10's 2016-2017 first-stage trojan against Japan.
   Written by the Semitori project from the markers recorded in the development dossier (sections 2.2, 3);
   no third-party rule text. The LNK host name "john-pc" is left out on purpose: it is a common default.
*/

import "pe"

rule Cicada_ChChes_PowerShell_Loader : apt10 cicada chches
{
    meta:
        author = "Semitori"
        description = "PowerShell function names of the ChChes PowerSploit-based dropper (Invoke-shCdpot, invoke-ExEDoc)"
        reference = "https://attack.mitre.org/software/S0144/"
        reference2 = "https://blogs.jpcert.or.jp/en/2017/02/chches-malware--93d6.html"
        attack = "S0144,T1059.001,T1055"
        actor = "APT10"
        score = 80
        date = "2026-11-25"
    strings:
        $f1 = "Invoke-shCdpot" ascii wide nocase
        $f2 = "invoke-ExEDoc" ascii wide nocase
    condition:
        filesize < 8MB and any of them
}

rule Cicada_ChChes_Lnk_Metadata : apt10 cicada chches
{
    meta:
        author = "Semitori"
        description = "Shortcut (LNK) carrying the ChChes builders' machine names (win-hg68mmgacjc, t-user-nb) or the decoy path Users\\suzuki\\Documents\\my\\card.rtf"
        reference = "https://attack.mitre.org/software/S0144/"
        reference2 = "https://github.com/JPCERTCC/jpcert-yara"
        attack = "S0144,T1204.002"
        actor = "APT10"
        score = 75
        date = "2026-11-25"
    strings:
        $host1 = "win-hg68mmgacjc" ascii wide nocase
        $host2 = "t-user-nb" ascii wide nocase fullword
        $decoy = "\\Users\\suzuki\\Documents\\my\\card.rtf" ascii wide nocase
    condition:
        uint32(0) == 0x0000004C and uint32(4) == 0x00021401 and any of them
}

rule Cicada_ChChes_HackingTeam_Certificate : apt10 cicada chches
{
    meta:
        author = "Semitori"
        description = "PE whose certificate table names the leaked Hacking Team signer (HT Srl, Milan) that signed ChChes; other actors reused that certificate too"
        reference = "https://attack.mitre.org/software/S0144/"
        attack = "S0144,T1553.002"
        actor = "APT10"
        score = 65
        date = "2026-11-25"
    strings:
        $subject = "HT Srl" ascii
        $city = "Milan" ascii
    condition:
        uint16(0) == 0x5A4D and pe.data_directories[pe.IMAGE_DIRECTORY_ENTRY_SECURITY].size > 0
        and $subject in (pe.data_directories[pe.IMAGE_DIRECTORY_ENTRY_SECURITY].virtual_address ..
                         pe.data_directories[pe.IMAGE_DIRECTORY_ENTRY_SECURITY].virtual_address + pe.data_directories[pe.IMAGE_DIRECTORY_ENTRY_SECURITY].size)
        and $city in (pe.data_directories[pe.IMAGE_DIRECTORY_ENTRY_SECURITY].virtual_address ..
                      pe.data_directories[pe.IMAGE_DIRECTORY_ENTRY_SECURITY].virtual_address + pe.data_directories[pe.IMAGE_DIRECTORY_ENTRY_SECURITY].size)
}
