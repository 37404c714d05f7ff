/* Look-alike: longer and shorter export names, and the exact name only as data, never as an export. */
const char *note = "FuckYouAnti";
__declspec(dllexport) int FuckYouAntiVirusTest(void) { return note[0]; }
__declspec(dllexport) int FuckYouAnt(void) { return 1; }
__declspec(dllexport) int fuckyouanti(void) { return 2; }
