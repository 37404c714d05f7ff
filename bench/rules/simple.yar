// The I/O and loop floor: one literal that no file of the benchmark target contains, so the
// three tools read every byte, look for one atom and report nothing.
rule Bench_Simple_Marker
{
    strings:
        $marker = "semitori-bench-marker-5e1d"
    condition:
        $marker
}
