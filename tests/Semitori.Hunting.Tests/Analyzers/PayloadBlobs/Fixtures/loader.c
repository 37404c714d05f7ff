/* Benign stand-in for a loader: builds the path of a data file beside its own module and reads it,
   with the APIs the Cicada loader is documented to use. Nothing is decrypted or run. */
#include <windows.h>

__declspec(dllexport) DWORD ReadBeside(void)
{
    WCHAR path[MAX_PATH];
    DWORD n = GetModuleFileNameW(NULL, path, MAX_PATH);
    while (n > 0 && path[n - 1] != L'\\') n--;
    path[n] = 0;
    lstrcatW(path, L"payload.dat");
    HANDLE h = CreateFileW(path, GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING, 0, NULL);
    if (h == INVALID_HANDLE_VALUE) return 0;
    BYTE buffer[16];
    DWORD read = 0;
    ReadFile(h, buffer, sizeof buffer, &read, NULL);
    CloseHandle(h);
    return read;
}
