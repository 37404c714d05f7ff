/*
   Semitori built-in pack: Operation Cloud Hopper (PwC UK / BAE Systems, 2017) tooling traces.
   Written by the Semitori project from the markers recorded in the development dossier (sections 2.2,
   2.3, 7.1); no third-party rule text. File names and paths of the annexes are in ../iocs/filename-iocs.txt.
   The McAfee side-load pair (mfeann.exe + lockdown.dll) is not a content rule here: the legitimate
   McAfee binary contains both names as well; the pack flags the pair by location (C:\recovery\) instead.
*/

rule Cicada_CloudHopper_WmiExec_Output_Redirect : apt10 cicada cloudhopper
{
    meta:
        author = "Semitori"
        description = "Cloud Hopper WMI executor trace: command output redirected into a file named wmi.dll ('wmi.dll 2>&1'), in a script, memory dump or binary"
        reference = "https://attack.mitre.org/groups/G0045/"
        reference2 = "https://www.pwc.co.uk/cyber-security/pdf/pwc-uk-operation-cloud-hopper-technical-annex-april-2017.pdf"
        attack = "T1047,T1059.003"
        actor = "APT10"
        score = 70
        date = "2026-11-25"
    strings:
        $redirect = "wmi.dll 2>&1" ascii wide nocase
    condition:
        $redirect
}

rule Cicada_CloudHopper_WmiExec_Vbs : cicada cloudhopper
{
    meta:
        author = "Semitori"
        description = "wmiexec.vbs status strings ('WMIEXEC : Login -> OK', 'WMIEXEC : Process created. PID:'); APT10 ran a modified copy as t.vbs, the public tool is used by others too"
        reference = "https://attack.mitre.org/groups/G0045/"
        reference2 = "https://github.com/Twi1ight/AD-Pentest-Script/blob/master/wmiexec.vbs"
        attack = "T1047,S0357"
        actor = "APT10"
        score = 60
        date = "2026-11-25"
    strings:
        $login = "WMIEXEC : Login -> OK" ascii wide
        $created = "WMIEXEC : Process created. PID:" ascii wide
    condition:
        any of them
}

rule Cicada_CloudHopper_EGGORG_Registry_Key : apt10 cicada cloudhopper
{
    meta:
        author = "Semitori"
        description = "PE referring to the registry key SOFTWARE\\EGGORG, a host indicator of the Cloud Hopper IOC annex"
        reference = "https://github.com/janhenrikdotcom/iocs/tree/master/APT10"
        reference2 = "https://web.archive.org/web/20220224041316/https:/www.pwc.co.uk/cyber-security/pdf/cloud-hopper-report-final-v4.pdf"
        attack = "T1112"
        actor = "APT10"
        score = 80
        date = "2026-11-25"
    strings:
        $key = "SOFTWARE\\EGGORG" ascii wide nocase
    condition:
        uint16(0) == 0x5A4D and uint32(uint32(0x3C)) == 0x00004550 and $key
}
