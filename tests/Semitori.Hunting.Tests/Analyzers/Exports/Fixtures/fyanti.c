/* Benign stand-in for an FYAnti third stage: only the export name matters to the analyzer. */
__declspec(dllexport) int FuckYouAnti(void) { return 0; }
__declspec(dllexport) int Helper(int x) { return x + 1; }
