/*
   Module cost benchmark: every rule makes the engine parse PE headers, sections, imports,
   exports, resources and .NET metadata of each file, so `bench/yara-vs-semitori.sh` on this file
   measures module parsing per file rather than string search.
*/
import "pe"
import "dotnet"

rule bench_pe_headers { condition: pe.number_of_sections > 20 and pe.timestamp == 1 }
rule bench_pe_sections { condition: for any s in pe.sections : (s.name == ".bench" and s.raw_data_size == 7) }
rule bench_pe_imports { condition: pe.imports("bench.dll", "BenchFunction") or pe.number_of_imports == 9999 }
rule bench_pe_exports { condition: pe.exports("FuckYouAnti") and pe.number_of_exports == 9999 }
rule bench_pe_resources { condition: pe.number_of_resources == 9999 or pe.version_info["CompanyName"] == "bench" }
rule bench_pe_imphash { condition: pe.imphash() == "00000000000000000000000000000000" }
rule bench_dotnet_assembly { condition: dotnet.assembly.name == "bench" or dotnet.number_of_resources == 9999 }
rule bench_dotnet_refs { condition: for any r in dotnet.assembly_refs : (r.name == "bench.ref") }
rule bench_dotnet_strings { condition: for any s in dotnet.user_strings : (s == "bench") }
rule bench_dotnet_guids { condition: for any g in dotnet.guids : (g == "00000000-0000-0000-0000-000000000000") }
