/*
 * jpsutil Windows capture probe: system-wide memory, CPU, time and power calls.
 *
 * Raw buffers as the backend receives them; system.txt holds the same facts from other calls
 * (GlobalMemoryStatusEx, GetSystemInfo, GetTickCount64, GetSystemTimeAsFileTime,
 * GetActiveProcessorCount) as key=value lines.
 */
#include "probe.h"

#include <psapi.h>
#include <powrprof.h>
#include <stdlib.h>
#include <winternl.h>

typedef NTSTATUS(NTAPI *QuerySystem)(ULONG, PVOID, ULONG, PULONG);

/* One NtQuerySystemInformation class into a buffer of `size` bytes, saved as it came. */
static void ntqsi(QuerySystem query, ULONG cls, const char *name, ULONG size) {
  void *buf = calloc(1, size);
  ULONG returned = 0;
  NTSTATUS st = query(cls, buf, size, &returned);
  char file[96];
  snprintf(file, sizeof file, "ntqsi-%lu-%s.bin", cls, name);
  save_raw(file, "NtQuerySystemInformation", name, st, buf, st == 0 ? returned : 0);
  free(buf);
}

void capture_system(void) {
  QuerySystem query =
      (QuerySystem)(void *)GetProcAddress(GetModuleHandleA("ntdll.dll"), "NtQuerySystemInformation");
  DWORD cpus = GetActiveProcessorCount(ALL_PROCESSOR_GROUPS);
  ntqsi(query, 0, "SystemBasicInformation", 64);
  ntqsi(query, 2, "SystemPerformanceInformation", 1024);
  ntqsi(query, 3, "SystemTimeOfDayInformation", 48);
  ntqsi(query, 8, "SystemProcessorPerformanceInformation", 48 * cpus);
  ntqsi(query, 18, "SystemPageFileInformation", 65536);
  ntqsi(query, 23, "SystemInterruptInformation", 24 * cpus);

  FILETIME t[3];
  BOOL ok = GetSystemTimes(&t[0], &t[1], &t[2]);
  save_raw("GetSystemTimes.bin", "GetSystemTimes", "idle,kernel,user", ok, t, ok ? sizeof t : 0);

  PERFORMANCE_INFORMATION perf = {sizeof perf};
  ok = GetPerformanceInfo(&perf, sizeof perf);
  save_raw("GetPerformanceInfo.bin", "GetPerformanceInfo", "cb=sizeof", ok, &perf,
           ok ? sizeof perf : 0);
  manifest_note("sizeof.PERFORMANCE_INFORMATION", "%zu", sizeof perf);

  MEMORYSTATUSEX mem = {sizeof mem};
  ok = GlobalMemoryStatusEx(&mem);
  save_raw("GlobalMemoryStatusEx.bin", "GlobalMemoryStatusEx", "dwLength=sizeof", ok, &mem,
           ok ? sizeof mem : 0);

  SYSTEM_INFO si;
  GetNativeSystemInfo(&si);
  FILETIME now;
  GetSystemTimeAsFileTime(&now);
  ULONGLONG tick = GetTickCount64();
  FILE *f = open_text("system.txt");
  fprintf(f, "GetTickCount64=%llu\n", tick);
  fprintf(f, "GetSystemTimeAsFileTime=%llu\n",
          ((unsigned long long)now.dwHighDateTime << 32) | now.dwLowDateTime);
  fprintf(f, "GetActiveProcessorCount=%lu\n", cpus);
  fprintf(f, "SYSTEM_INFO.dwNumberOfProcessors=%lu\n", si.dwNumberOfProcessors);
  fprintf(f, "SYSTEM_INFO.dwPageSize=%lu\n", si.dwPageSize);
  fprintf(f, "MEMORYSTATUSEX.dwMemoryLoad=%lu\n", mem.dwMemoryLoad);
  fprintf(f, "MEMORYSTATUSEX.ullTotalPhys=%llu\n", mem.ullTotalPhys);
  fprintf(f, "MEMORYSTATUSEX.ullAvailPhys=%llu\n", mem.ullAvailPhys);
  fprintf(f, "MEMORYSTATUSEX.ullTotalPageFile=%llu\n", mem.ullTotalPageFile);
  fprintf(f, "MEMORYSTATUSEX.ullAvailPageFile=%llu\n", mem.ullAvailPageFile);
  fprintf(f, "MEMORYSTATUSEX.ullTotalVirtual=%llu\n", mem.ullTotalVirtual);
  fclose(f);

  DWORD len = 0;
  GetLogicalProcessorInformationEx(RelationAll, NULL, &len);
  void *lpi = calloc(1, len ? len : 1);
  ok = GetLogicalProcessorInformationEx(RelationAll, lpi, &len);
  save_raw("GetLogicalProcessorInformationEx-RelationAll.bin", "GetLogicalProcessorInformationEx",
           "RelationAll", ok ? 1 : -(long long)GetLastError(), lpi, ok ? len : 0);
  free(lpi);

  /* PROCESSOR_POWER_INFORMATION (powrprof.h docs): Number, MaxMhz, CurrentMhz, MhzLimit,
   * MaxIdleState, CurrentIdleState, six ULONGs = 24 bytes per CPU; psutil cpu_freq uses it. */
  void *power = calloc(cpus, 24);
  LONG pst = CallNtPowerInformation(ProcessorInformation, NULL, 0, power, 24 * cpus);
  save_raw("CallNtPowerInformation-ProcessorInformation.bin", "CallNtPowerInformation",
           "ProcessorInformation", pst, power, pst == 0 ? 24 * cpus : 0);
  free(power);

  SYSTEM_POWER_STATUS sps;
  ok = GetSystemPowerStatus(&sps);
  save_raw("GetSystemPowerStatus.bin", "GetSystemPowerStatus", "", ok, &sps, ok ? sizeof sps : 0);
}
