/*
   Semitori built-in pack: the Ecipekac (SigLoader, DESLoader, HEAVYHAND) container trick of the
   A41APT campaign (Kaspersky 2021): encrypted data appended inside the certificate table of a
   legitimately signed DLL, with the table enlarged so that the Authenticode signature stays valid.
   Written by the Semitori project from the development dossier (sections 6.1, 6.2, 14.1 item 7).

   Layout read here (PE/COFF specification): the security data directory holds a *file offset* and
   size; at that offset a WIN_CERTIFICATE starts with dwLength (4), wRevision 0x0200 (2) and
   wCertificateType 0x0002 = PKCS#7 SignedData (2), then the DER SEQUENCE. A signing tool writes
   dwLength = 8 + DER length rounded up to 8. The rule fires when dwLength exceeds that by more than
   1 KiB, i.e. a blob rides inside the signed-looking table. DER lengths in 2-byte (0x82) and
   3-byte (0x83) long form are read. Installers that "tag" themselves the same way (some web
   installers) also fire: this is a hunting lead, scored as a warning.
*/

import "pe"

rule Cicada_Ecipekac_Enlarged_Certificate_Table : apt10 cicada loader
{
    meta:
        author = "Semitori"
        description = "PE whose WIN_CERTIFICATE is over 1 KiB longer than its PKCS#7 signature: data hidden in an enlarged certificate table (Ecipekac/SigLoader container)"
        reference = "https://securelist.com/apt10-sophisticated-multi-layered-loader-ecipekac-discovered-in-a41apt-campaign/101519/"
        reference2 = "https://attack.mitre.org/software/S0624/"
        attack = "S0624,T1553.002,T1027.009"
        actor = "APT10"
        score = 65
        date = "2026-11-25"
    condition:
        uint16(0) == 0x5A4D
        and pe.data_directories[4].size >= 16
        and uint32(pe.data_directories[4].virtual_address) <= pe.data_directories[4].size
        and uint16(pe.data_directories[4].virtual_address + 4) == 0x0200
        and uint16(pe.data_directories[4].virtual_address + 6) == 0x0002
        and uint8(pe.data_directories[4].virtual_address + 8) == 0x30
        and (
            (uint8(pe.data_directories[4].virtual_address + 9) == 0x82
                and uint32(pe.data_directories[4].virtual_address) > 8 + 4 + uint16be(pe.data_directories[4].virtual_address + 10) + 7 + 1024)
            or
            (uint8(pe.data_directories[4].virtual_address + 9) == 0x83
                and uint32(pe.data_directories[4].virtual_address) > 8 + 5 + (uint32be(pe.data_directories[4].virtual_address + 9) & 0xFFFFFF) + 7 + 1024)
        )
}
