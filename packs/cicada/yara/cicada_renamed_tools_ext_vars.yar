/*
   Semitori built-in pack: legitimate tools renamed or moved, as APT10 did with PuTTY PSCP (run as
   rundll32.exe in Cloud Hopper) and certutil (renamed and moved, FireEye 2018; used in Cicada 2020).
   Written by the Semitori project. These rules compare the PE version resource with the scanned file's
   name, so they need the `pe` module and the Loki/THOR external variables `filename` and `filepath`
   that `semitori scan` sets per file (other engines: yara -d filename=... -d filepath=...). Like
   signature-base's *_ext_vars.yar files, this file is kept apart so it can be dropped where the
   externals are not defined. With an empty filename the rules stay silent.
   PuTTY sets OriginalFilename to its APPNAME, "PSCP" for pscp.exe (PuTTY source, windows/pscp.rc).
*/

import "pe"

rule Cicada_Renamed_PSCP : apt10 cicada cloudhopper
{
    meta:
        author = "Semitori"
        description = "PuTTY PSCP (version resource OriginalFilename PSCP) under another file name: Cloud Hopper exfiltrated with PSCP renamed, e.g. to rundll32.exe"
        reference = "https://web.archive.org/web/20220224041316/https:/www.pwc.co.uk/cyber-security/pdf/cloud-hopper-report-final-v4.pdf"
        reference2 = "https://attack.mitre.org/groups/G0045/"
        attack = "T1036.003,T1021.004,T1048"
        actor = "APT10"
        score = 75
        date = "2026-11-25"
    condition:
        uint16(0) == 0x5A4D and filename != ""
        and pe.version_info["OriginalFilename"] iequals "PSCP"
        and not (filename matches /^pscp[^\\\/]*\.exe$/i)
}

rule Cicada_PuTTY_As_Rundll32 : apt10 cicada cloudhopper
{
    meta:
        author = "Semitori"
        description = "A file named rundll32.exe that carries PuTTY SSH client strings (AES-256 SDCTR, direct-tcpip): the cloaked PSCP of Operation Cloud Hopper"
        reference = "https://web.archive.org/web/20220224041316/https:/www.pwc.co.uk/cyber-security/pdf/cloud-hopper-report-final-v4.pdf"
        attack = "T1036.003,T1021.004"
        actor = "APT10"
        score = 85
        date = "2026-11-25"
    strings:
        $cipher = "AES-256 SDCTR" ascii
        $channel = "direct-tcpip" ascii
    condition:
        uint16(0) == 0x5A4D and filename iequals "rundll32.exe" and all of them
}

rule Cicada_Renamed_CertUtil : apt10 cicada
{
    meta:
        author = "Semitori"
        description = "certutil (version resource OriginalFilename CertUtil.exe, with or without .mui) under another file name than certutil.exe or its language resource certutil.exe.mui: APT10 renamed and moved certutil (FireEye 2018) and used it to decode payloads"
        reference = "https://attack.mitre.org/groups/G0045/"
        reference2 = "https://www.fireeye.com/blog/threat-research/2018/09/apt10-targeting-japanese-corporations-using-updated-ttps.html"
        attack = "S0160,T1036.003,T1140"
        actor = "APT10"
        score = 70
        date = "2026-11-25"
    condition:
        uint16(0) == 0x5A4D and filename != ""
        and pe.version_info["OriginalFilename"] matches /^certutil\.exe(\.mui)?$/i
        and not (filename matches /^certutil\.exe(\.mui)?$/i)
}

rule Cicada_CertUtil_Outside_Windows : apt10 cicada
{
    meta:
        author = "Semitori"
        description = "certutil.exe (by version resource) outside any Windows folder (System32, SysWOW64, WinSxS and servicing copies are all under \\Windows\\): a copy moved next to attacker tools; hunting lead"
        reference = "https://attack.mitre.org/groups/G0045/"
        attack = "S0160,T1036.005"
        actor = "APT10"
        score = 55
        date = "2026-11-25"
    condition:
        uint16(0) == 0x5A4D and filename iequals "certutil.exe" and filepath != ""
        and pe.version_info["OriginalFilename"] matches /^certutil\.exe(\.mui)?$/i
        and not (filepath matches /(^|[\\\/])windows([\\\/]|$)/i)
}
