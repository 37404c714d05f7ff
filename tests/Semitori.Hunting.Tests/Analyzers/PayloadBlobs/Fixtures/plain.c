/* A DLL that references no data file. */
__declspec(dllexport) int plain_add(int a, int b) { return a + b; }
