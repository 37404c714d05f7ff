/* Benign stand-in for a host program: imports libvlc_new from libvlc.dll through its import table. */
__declspec(dllimport) int libvlc_new(int argc);
int main(int argc, char **argv) { (void)argv; return libvlc_new(argc); }
