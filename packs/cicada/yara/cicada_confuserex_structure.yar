/*
   Semitori built-in pack: ConfuserEx without its watermark. ConfuserEx 2 can drop the
   ConfusedByAttribute watermark, so the Cicada .NET loader is also looked for by structure
   (development dossier sections 10.2, 14.1 item 3; ConfuserEx 1.0.0 source, MIT):
   - anti-tamper (normal mode) inserts a new first section with an 8-byte random name (each byte
     masked with 0x7F) and characteristics 0xE0000040 (code/initialised data, read/write/execute);
   - the invalid-metadata protection appends duplicate #Strings/#GUID/#Blob heaps and a #Schema heap.
   Written by the Semitori project; no third-party rule text. Both are hunting leads: ConfuserEx is
   also used legitimately.
*/

import "pe"
import "dotnet"

rule Cicada_ConfuserEx_AntiTamper_Section : cicada packer
{
    meta:
        author = "Semitori"
        description = ".NET PE whose first section is read/write/execute (0xE0000040) with a name that is not a dot-name: the section ConfuserEx anti-tamper inserts for encrypted method bodies"
        reference = "https://github.com/yck1509/ConfuserEx"
        reference2 = "https://symantec-enterprise-blogs.security.com/blogs/threat-intelligence/cicada-apt10-japan-espionage"
        attack = "T1027.002"
        actor = "APT10"
        score = 55
        date = "2026-11-25"
    condition:
        uint16(0) == 0x5A4D
        and pe.data_directories[14].virtual_address != 0
        and pe.number_of_sections >= 2
        and pe.sections[0].characteristics == 0xE0000040
        and not (pe.sections[0].name matches /^\./)
}

rule Cicada_ConfuserEx_Duplicate_Metadata_Heaps : cicada packer
{
    meta:
        author = "Semitori"
        description = ".NET metadata with a #Strings, #GUID or #Blob heap listed twice, or a #Schema heap: the ConfuserEx invalid-metadata protection"
        reference = "https://github.com/yck1509/ConfuserEx"
        reference2 = "https://symantec-enterprise-blogs.security.com/blogs/threat-intelligence/cicada-apt10-japan-espionage"
        attack = "T1027.002"
        actor = "APT10"
        score = 55
        date = "2026-11-25"
    condition:
        uint16(0) == 0x5A4D and dotnet.number_of_streams > 1
        and (
            for 2 i in (0 .. dotnet.number_of_streams - 1) : (dotnet.streams[i].name == "#Strings")
            or for 2 i in (0 .. dotnet.number_of_streams - 1) : (dotnet.streams[i].name == "#GUID")
            or for 2 i in (0 .. dotnet.number_of_streams - 1) : (dotnet.streams[i].name == "#Blob")
            or for any i in (0 .. dotnet.number_of_streams - 1) : (dotnet.streams[i].name == "#Schema")
        )
}
