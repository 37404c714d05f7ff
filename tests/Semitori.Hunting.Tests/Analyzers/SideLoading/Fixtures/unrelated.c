/* A DLL nobody imports. */
__declspec(dllexport) int unrelated_helper(void) { return 7; }
