/* Benign stand-in for a side-loaded DLL: one export the host imports. */
__declspec(dllexport) int libvlc_new(int argc) { return argc; }
