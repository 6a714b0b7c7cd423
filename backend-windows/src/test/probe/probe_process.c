/*
 * jpsutil Windows capture probe: the process table and per-process calls.
 *
 * Raw: NtQuerySystemInformation(SystemProcessInformation = 5), grown on
 * STATUS_INFO_LENGTH_MISMATCH as the backend does. Independent text: a Toolhelp32 snapshot taken
 * before and after it (toolhelp.tsv: pid, parent pid, thread count, exe name), and per pid what
 * the documented psapi/kernel32 calls say (process.tsv: times, memory counters, handle count,
 * priority class, affinity, I/O counters, image path). A value a call refused is "error:<code>".
 */
#include "probe.h"

#include <psapi.h>
#include <tlhelp32.h>
#include <winternl.h>

#define STATUS_INFO_LENGTH_MISMATCH ((NTSTATUS)0xC0000004L)

static void toolhelp(const char *file) {
  FILE *tsv = open_text(file);
  fprintf(tsv, "pid\tppid\tthreads\tname\n");
  HANDLE snap = CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0);
  PROCESSENTRY32W e = {sizeof e};
  for (BOOL ok = Process32FirstW(snap, &e); ok; ok = Process32NextW(snap, &e)) {
    fprintf(tsv, "%lu\t%lu\t%lu\t%s\n", e.th32ProcessID, e.th32ParentProcessID, e.cntThreads,
            utf8(e.szExeFile));
  }
  CloseHandle(snap);
  fclose(tsv);
}

static void filetime(FILE *f, const FILETIME *t) {
  fprintf(f, "\t%llu", ((unsigned long long)t->dwHighDateTime << 32) | t->dwLowDateTime);
}

static void error_cells(FILE *f, int n) {
  DWORD err = GetLastError();
  for (int i = 0; i < n; i++) {
    fprintf(f, "\terror:%lu", err);
  }
}

/* One process.tsv row: the documented per-process calls on one handle. */
static void process_row(FILE *f, DWORD pid) {
  fprintf(f, "%lu", pid);
  HANDLE h = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION | PROCESS_VM_READ, FALSE, pid);
  if (!h) {
    h = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, pid);
  }
  if (!h) {
    error_cells(f, 21);
    fputc('\n', f);
    return;
  }
  FILETIME c, x, k, u;
  if (GetProcessTimes(h, &c, &x, &k, &u)) {
    filetime(f, &c);
    filetime(f, &u);
    filetime(f, &k);
  } else {
    error_cells(f, 3);
  }
  PROCESS_MEMORY_COUNTERS_EX m = {sizeof m};
  if (GetProcessMemoryInfo(h, (PROCESS_MEMORY_COUNTERS *)&m, sizeof m)) {
    fprintf(f, "\t%lu\t%zu\t%zu\t%zu\t%zu\t%zu\t%zu", m.PageFaultCount, m.WorkingSetSize,
            m.PeakWorkingSetSize, m.PagefileUsage, m.PeakPagefileUsage, m.PrivateUsage,
            m.QuotaPagedPoolUsage);
  } else {
    error_cells(f, 7);
  }
  DWORD handles;
  if (GetProcessHandleCount(h, &handles)) {
    fprintf(f, "\t%lu", handles);
  } else {
    error_cells(f, 1);
  }
  DWORD prio = GetPriorityClass(h);
  if (prio) {
    fprintf(f, "\t0x%lx", prio);
  } else {
    error_cells(f, 1);
  }
  DWORD_PTR mask, sysmask;
  if (GetProcessAffinityMask(h, &mask, &sysmask)) {
    fprintf(f, "\t0x%llx\t0x%llx", (unsigned long long)mask, (unsigned long long)sysmask);
  } else {
    error_cells(f, 2);
  }
  IO_COUNTERS io;
  if (GetProcessIoCounters(h, &io)) {
    fprintf(f, "\t%llu\t%llu\t%llu\t%llu\t%llu", io.ReadOperationCount, io.WriteOperationCount,
            io.OtherOperationCount, io.ReadTransferCount, io.WriteTransferCount);
  } else {
    error_cells(f, 5);
  }
  WCHAR path[MAX_PATH * 2];
  DWORD len = MAX_PATH * 2;
  if (QueryFullProcessImageNameW(h, 0, path, &len)) {
    fprintf(f, "\t%s", utf8(path));
  } else {
    error_cells(f, 1);
  }
  /* A second source for the image path: the main module's file name (psapi). */
  if (GetModuleFileNameExW(h, NULL, path, MAX_PATH * 2)) {
    fprintf(f, "\t%s", utf8(path));
  } else {
    error_cells(f, 1);
  }
  CloseHandle(h);
  fputc('\n', f);
}

void capture_processes(void) {
  toolhelp("toolhelp-before.tsv");
  typedef NTSTATUS(NTAPI * QuerySystem)(ULONG, PVOID, ULONG, PULONG);
  QuerySystem query =
      (QuerySystem)(void *)GetProcAddress(GetModuleHandleA("ntdll.dll"), "NtQuerySystemInformation");
  ULONG size = 4096, returned = 0;
  void *buf = NULL;
  NTSTATUS st;
  int grew = 0;
  for (;;) {
    buf = realloc(buf, size);
    st = query(5, buf, size, &returned);
    if (st != STATUS_INFO_LENGTH_MISMATCH) {
      break;
    }
    grew++;
    size = returned > size ? returned + 8192 : size * 2;
  }
  save_raw("ntqsi-5-SystemProcessInformation.bin", "NtQuerySystemInformation",
           "SystemProcessInformation", st, buf, st == 0 ? returned : 0);
  manifest_note("ntqsi-5-grew", "%d times from 4096 to %lu", grew, size);
  toolhelp("toolhelp-after.tsv");

  FILE *tsv = open_text("process.tsv");
  fprintf(tsv,
          "pid\tcreateTime\tuserTime\tkernelTime\tpageFaultCount\tworkingSetSize\t"
          "peakWorkingSetSize\tpagefileUsage\tpeakPagefileUsage\tprivateUsage\t"
          "quotaPagedPoolUsage\thandleCount\tpriorityClass\taffinityMask\tsystemAffinityMask\t"
          "readOperationCount\t"
          "writeOperationCount\totherOperationCount\treadTransferCount\twriteTransferCount\t"
          "imagePath\tmoduleFileName\n");
  HANDLE snap = CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0);
  PROCESSENTRY32W e = {sizeof e};
  for (BOOL ok = Process32FirstW(snap, &e); ok; ok = Process32NextW(snap, &e)) {
    process_row(tsv, e.th32ProcessID);
  }
  CloseHandle(snap);
  fclose(tsv);
  free(buf);
  manifest_note("sizeof.PROCESS_MEMORY_COUNTERS_EX", "%zu", sizeof(PROCESS_MEMORY_COUNTERS_EX));
  manifest_note("sizeof.IO_COUNTERS", "%zu", sizeof(IO_COUNTERS));
}

/* Reads len bytes at address in h into a fresh buffer and saves it; returns the buffer. */
static void *read_remote(HANDLE h, ULONG_PTR address, size_t len, const char *file,
                         const char *what) {
  void *buf = calloc(1, len ? len : 1);
  SIZE_T got = 0;
  BOOL ok = ReadProcessMemory(h, (LPCVOID)address, buf, len, &got);
  save_remote(file, "ReadProcessMemory", what, ok ? 0 : (long long)GetLastError(), buf, got,
              address);
  return buf;
}

/*
 * psutil's cmdline/cwd/environ path: NtQueryInformationProcess(ProcessBasicInformation) for the
 * PEB address, then the PEB, its RTL_USER_PROCESS_PARAMETERS and the strings they point to, each
 * saved with its address in the child. 64-bit offsets (phnt ntpebteb.h / ntrtl.h):
 * PEB.ProcessParameters @0x20; parameters CurrentDirectory.DosPath @0x38, CommandLine @0x70,
 * Environment @0x80, EnvironmentSize @0x3F0.
 */
void capture_process_memory(DWORD pid, const char *tag) {
  HANDLE h = OpenProcess(PROCESS_QUERY_INFORMATION | PROCESS_VM_READ, FALSE, pid);
  char file[96], args[96];
  if (!h) {
    manifest_note("open-error", "%s pid %lu error %lu", tag, pid, GetLastError());
    return;
  }
  typedef NTSTATUS(NTAPI * QueryProcess)(HANDLE, ULONG, PVOID, ULONG, PULONG);
  QueryProcess query = (QueryProcess)(void *)GetProcAddress(GetModuleHandleA("ntdll.dll"),
                                                            "NtQueryInformationProcess");
  PROCESS_BASIC_INFORMATION pbi;
  ULONG returned = 0;
  NTSTATUS st = query(h, 0, &pbi, sizeof pbi, &returned);
  snprintf(file, sizeof file, "%s-ntqip-0-ProcessBasicInformation.bin", tag);
  snprintf(args, sizeof args, "pid %lu ProcessBasicInformation", pid);
  save_raw(file, "NtQueryInformationProcess", args, st, &pbi, returned);
  manifest_note("sizeof.PROCESS_BASIC_INFORMATION", "%zu", sizeof pbi);
  if (st != 0) {
    CloseHandle(h);
    return;
  }
  ULONG_PTR peb_at = (ULONG_PTR)pbi.PebBaseAddress;
  snprintf(file, sizeof file, "%s-peb.bin", tag);
  unsigned char *peb = read_remote(h, peb_at, 0x40, file, "PEB first 0x40 bytes");
  ULONG_PTR params_at = *(ULONG_PTR *)(peb + 0x20);
  snprintf(file, sizeof file, "%s-process-parameters.bin", tag);
  unsigned char *params =
      read_remote(h, params_at, 0x400, file, "RTL_USER_PROCESS_PARAMETERS first 0x400 bytes");
  struct {
    const char *name;
    int at;
  } strings[] = {{"cwd", 0x38}, {"cmdline", 0x70}};
  for (int i = 0; i < 2; i++) {
    USHORT len = *(USHORT *)(params + strings[i].at);
    ULONG_PTR at = *(ULONG_PTR *)(params + strings[i].at + 8);
    snprintf(file, sizeof file, "%s-%s.bin", tag, strings[i].name);
    free(read_remote(h, at, len, file, strings[i].name));
  }
  ULONG_PTR env_at = *(ULONG_PTR *)(params + 0x80);
  SIZE_T env_size = *(SIZE_T *)(params + 0x3F0);
  MEMORY_BASIC_INFORMATION region;
  SIZE_T region_left = 0;
  if (VirtualQueryEx(h, (LPCVOID)env_at, &region, sizeof region)) {
    region_left = (ULONG_PTR)region.BaseAddress + region.RegionSize - env_at;
  }
  manifest_note("environment", "%s EnvironmentSize=%zu region_left=%zu", tag, env_size,
                region_left);
  SIZE_T env_len = env_size ? env_size : region_left;
  if (env_len > 32768) {
    env_len = 32768;
  }
  snprintf(file, sizeof file, "%s-environment.bin", tag);
  free(read_remote(h, env_at, env_len, file, "environment block"));
  free(peb);
  free(params);
  /* psutil's username path: the child's token user, saved with its address (Sid points into it). */
  HANDLE token;
  if (OpenProcessToken(h, TOKEN_QUERY, &token)) {
    unsigned char buf[256];
    DWORD got = 0;
    BOOL ok = GetTokenInformation(token, TokenUser, buf, sizeof buf, &got);
    snprintf(file, sizeof file, "%s-TokenUser.bin", tag);
    save_raw(file, "GetTokenInformation", "child token TokenUser", ok, buf, ok ? got : 0);
    CloseHandle(token);
  }
  CloseHandle(h);
}
