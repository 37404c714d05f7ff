#include <winsock2.h>
#include <windows.h>
__declspec(dllexport) int __stdcall Alpha(int x) { return x + 1; }
int Hidden(int x) { return x * 2; }
int Beta(void) { return closesocket(0) + (int)GetTickCount(); }
static void NTAPI tls_cb(PVOID h, DWORD r, PVOID p) { (void)h; (void)r; (void)p; }
__attribute__((section(".CRT$XLB"))) PIMAGE_TLS_CALLBACK tls_ptr = tls_cb;
BOOL WINAPI DllMain(HINSTANCE h, DWORD r, LPVOID p) { (void)h; (void)r; (void)p; return TRUE; }
