/*
   Semitori built-in pack: loaders and implants of clusters tied to APT10 in public reporting
   (HUI Loader, shared with BRONZE STARLIGHT; LODEINFO, the MirrorFace/Earth Kasha sub-cluster).
   Written by the Semitori project from the development dossier (sections 1.1, 6.6, 14.1 items 13-14);
   no third-party rule text. Module-free.
*/

rule Cicada_HUILoader_Marker : apt10 cicada loader
{
    meta:
        author = "Semitori"
        description = "HUI Loader marker string (used by menuPass to load SodaMaster, PlugX and Cobalt Strike)"
        reference = "https://attack.mitre.org/software/S1097/"
        reference2 = "https://www.secureworks.com/research/bronze-starlight-ransomware-operations-use-hui-loader"
        attack = "S1097,T1574.001"
        actor = "APT10"
        score = 85
        date = "2026-11-25"
    strings:
        $marker = "HUIHWASDIHWEIUDHDSFSFEFWEFEWFDSGEFERWGWEEFWFWEWD" ascii wide
    condition:
        uint16(0) == 0x5A4D and uint32(uint32(0x3C)) == 0x00004550 and $marker
}

rule Cicada_LODEINFO_Build_Path : cicada lodeinfo
{
    meta:
        author = "Semitori"
        description = "LODEINFO build path E:\\Production\\Tool-Developing\\...png_info.pdb in a PE (APT10-related MirrorFace sub-cluster)"
        reference = "https://github.com/JPCERTCC/jpcert-yara"
        reference2 = "https://github.com/eset/malware-ioc/tree/master/mirrorface"
        attack = "T1027"
        actor = "MirrorFace (APT10-related)"
        score = 75
        date = "2026-11-25"
    strings:
        $root = "E:\\Production\\Tool-Developing\\" ascii wide nocase
        $pdb = "png_info.pdb" ascii wide nocase
    condition:
        uint16(0) == 0x5A4D and uint32(uint32(0x3C)) == 0x00004550 and $root and $pdb
}
