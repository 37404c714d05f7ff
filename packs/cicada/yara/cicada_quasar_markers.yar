/*
   Semitori built-in pack: QuasarRAT family markers that survive the builder's renaming, across
   versions 1.0-1.4 (complements the version rules in cicada.yar). Written by the Semitori project
   from the development dossier (sections 9.1, 14.1 item 4); no third-party rule text. Module-free.
*/

rule Cicada_QuasarRAT_TypeLib_Guid : cicada backdoor
{
    meta:
        author = "Semitori"
        description = "QuasarRAT assembly GUID (TypeLib id of the Quasar projects) in a PE; family marker, not actor-specific"
        reference = "https://attack.mitre.org/software/S0262/"
        reference2 = "https://github.com/quasar/Quasar"
        attack = "S0262"
        actor = "APT10"
        score = 70
        date = "2026-11-25"
    strings:
        $g1 = "cfda6d2e-8ab3-4349-b89a-33e1f0dab32b" ascii wide nocase
        $g2 = "c7c363ba-e5b6-4e18-9224-39bc8da73172" ascii wide nocase
    condition:
        uint16(0) == 0x5A4D and uint32(uint32(0x3C)) == 0x00004550 and any of them
}

rule Cicada_QuasarRAT_Packet_Names_Any_Version : cicada backdoor
{
    meta:
        author = "Semitori"
        description = "QuasarRAT client of any 1.x version: the compiler-generated <RunHidden>k__BackingField with two command class names that the 1.3 or the 1.4 builder leaves unrenamed"
        reference = "https://attack.mitre.org/software/S0262/"
        reference2 = "https://github.com/quasar/Quasar"
        attack = "S0262,T1059.003,T1105"
        actor = "APT10"
        score = 75
        date = "2026-11-25"
    strings:
        $field = "<RunHidden>k__BackingField" ascii
        $p1 = "DoShellExecute" ascii fullword
        $p2 = "DoDownloadAndExecute" ascii fullword
        $p3 = "DoUploadAndExecute" ascii fullword
        $p4 = "GetKeyloggerLogsResponse" ascii fullword
        $p5 = "ReverseProxyConnect" ascii fullword
    condition:
        uint16(0) == 0x5A4D and uint32(uint32(0x3C)) == 0x00004550 and $field and 2 of ($p*)
}

rule Cicada_QuasarRAT_APT10_2019_Uninstall_Message : apt10 cicada backdoor
{
    meta:
        author = "Semitori"
        description = "Modified Quasar reported by enSilo with APT10 in 2019: its uninstall message 'Uninstalling... good bye :-(' with Quasar.Common or the MimikatzTools class"
        reference = "https://attack.mitre.org/groups/G0045/"
        reference2 = "https://attack.mitre.org/software/S0262/"
        attack = "S0262,T1070.004"
        actor = "APT10"
        score = 80
        date = "2026-11-25"
    strings:
        $bye = "Uninstalling... good bye :-(" ascii wide
        $ns = "Quasar.Common" ascii
        $mimi = "MimikatzTools" ascii fullword
    condition:
        uint16(0) == 0x5A4D and uint32(uint32(0x3C)) == 0x00004550 and $bye and ($ns or $mimi)
}
