/*
   Semitori built-in pack: APT10 / Cicada / menuPass / Stone Panda file artifacts.
   Written by the Semitori project from public facts (see the reference of each rule and
   ../../shared/intel/apt10-dossier.md in the development tree). Module-free on purpose, so the
   pack runs on every engine build. Meta keys used by `semitori scan`:
     score   0-100 sub-score of the finding (Loki/THOR style: 40 notice, 60 warning, 75+ alert)
     attack  ATT&CK technique or software id(s), comma separated
     actor   intrusion set the artifact points to
*/

rule Cicada_FYAnti_ThirdStage_Export : apt10 cicada loader
{
    meta:
        author = "Semitori"
        description = "DLL exporting 'FuckYouAnti': the third-stage loader of the Cicada chain (FYAnti, DILLJUICE stage 2)"
        reference = "https://securelist.com/apt10-sophisticated-multi-layered-loader-ecipekac-discovered-in-a41apt-campaign/101519/"
        reference2 = "https://symantec-enterprise-blogs.security.com/blogs/threat-intelligence/cicada-apt10-japan-espionage"
        attack = "S0628,T1574.001"
        actor = "APT10"
        score = 85
    strings:
        $export = "FuckYouAnti" ascii fullword
    condition:
        uint16(0) == 0x5A4D and uint32(uint32(0x3C)) == 0x00004550 and $export
}

rule Cicada_ConfuserEx_v1_0_0_Watermark : apt10 cicada packer
{
    meta:
        author = "Semitori"
        description = ".NET module watermarked by ConfuserEx v1.0.0 (ConfusedByAttribute), the packer of the Cicada .NET loader"
        reference = "https://blogs.blackberry.com/en/2019/06/threat-spotlight-menupass-quasarrat-backdoor"
        reference2 = "https://symantec-enterprise-blogs.security.com/blogs/threat-intelligence/cicada-apt10-japan-espionage"
        attack = "T1027.002"
        actor = "APT10"
        score = 60
    strings:
        $attribute = "ConfusedByAttribute" ascii fullword
        $version = "ConfuserEx v1.0.0" ascii
    condition:
        uint16(0) == 0x5A4D and $attribute and $version
}

rule Cicada_QuasarRAT_v14_Client : apt10 cicada backdoor
{
    meta:
        author = "Semitori"
        description = "QuasarRAT 1.4 client: the Quasar.Common.Messages namespace and message class names survive the builder's renaming"
        reference = "https://attack.mitre.org/software/S0262/"
        reference2 = "https://symantec-enterprise-blogs.security.com/blogs/threat-intelligence/cicada-apt10-japan-espionage"
        attack = "S0262,T1219"
        actor = "APT10"
        score = 75
    strings:
        $ns = "Quasar.Common.Messages" ascii
        $m1 = "DoShellExecute" ascii fullword
        $m2 = "GetKeyloggerLogsDirectory" ascii fullword
        $m3 = "ReverseProxyConnect" ascii fullword
        $m4 = "GetPasswordsResponse" ascii fullword
        $m5 = "FileTransferChunk" ascii fullword
    condition:
        uint16(0) == 0x5A4D and $ns and 2 of ($m*)
}

rule Cicada_QuasarRAT_xClient_v10_v13 : apt10 cicada backdoor
{
    meta:
        author = "Semitori"
        description = "QuasarRAT 1.0-1.3 (xClient) client: packet class names kept by the builder because they implement IPacket"
        reference = "https://attack.mitre.org/software/S0262/"
        attack = "S0262,T1219"
        actor = "APT10"
        score = 70
    strings:
        $ns = "xClient.Core" ascii
        $p1 = "DoShellExecute" ascii fullword
        $p2 = "GetKeyloggerLogsResponse" ascii fullword
        $p3 = "DoDownloadAndExecute" ascii fullword
        $p4 = "DoUploadAndExecute" ascii fullword
        $p5 = "GetPasswordsResponse" ascii fullword
    condition:
        uint16(0) == 0x5A4D and ($ns or 3 of ($p*)) and 2 of ($p*)
}

rule Cicada_QuasarRAT_Mimikatz_Variant : apt10 cicada backdoor
{
    meta:
        author = "Semitori"
        description = "Modified Quasar seen with APT10 in 2019: a Client.MimikatzTools class and an embedded powerkatz resource"
        reference = "https://attack.mitre.org/groups/G0045/"
        attack = "S0262,T1003.001"
        actor = "APT10"
        score = 85
    strings:
        $c = "MimikatzTools" ascii fullword
        $r = "powerkatz_x86.dll" ascii wide nocase
        $q = "Quasar.Common" ascii
    condition:
        uint16(0) == 0x5A4D and $c and ($r or $q)
}

rule Cicada_QuasarRAT_Builder_Defaults : cicada backdoor
{
    meta:
        author = "Semitori"
        description = "QuasarRAT builder defaults left in a client: QSR_MUTEX_ mutex prefix or the 'Quasar Client Startup' run key name"
        reference = "https://attack.mitre.org/software/S0262/"
        attack = "S0262,T1547.001"
        actor = "APT10"
        score = 55
    strings:
        $mutex = "QSR_MUTEX_" ascii wide
        $startup = "Quasar Client Startup" ascii wide
    condition:
        uint16(0) == 0x5A4D and any of them
}
