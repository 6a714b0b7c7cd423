/*
 * jpsutil Windows capture probe: services, sessions, the process heaps and the PDH counter psutil's
 * getloadavg() samples.
 *
 * Services: per service of EnumServicesStatusExW the three calls psutil's WindowsService makes
 * (QueryServiceConfigW, QueryServiceConfig2W(SERVICE_CONFIG_DESCRIPTION), QueryServiceStatusEx),
 * raw; services.tsv holds the same facts from other sources: the registry key
 * HKLM\System\CurrentControlSet\Services\<name> (DisplayName, ImagePath, ObjectName, Description,
 * Start) and the
 * older QueryServiceStatus.
 *
 * Heaps: GetProcessHeaps, HeapWalk of the process heap and the VirtualQuery walk, before and after
 * allocations the probe makes itself (heap.txt says how much), so the decoded sums are compared
 * with amounts that were set, not read back.
 */
#include "probe.h"

#include <pdh.h>
#include <stdlib.h>
#include <wtsapi32.h>

/* One failed-or-not BOOL call's buffer: rc 1 and its bytes, or rc -GetLastError() and none. */
static void save_bool(const char *file, const char *api, const char *args, BOOL ok, DWORD err,
                      const void *buf, size_t len) {
  save_raw(file, api, args, ok ? 1 : -(long long)err, buf, ok ? len : 0);
}

static void registry_text(FILE *f, const WCHAR *key, const WCHAR *value) {
  WCHAR data[4096];
  DWORD bytes = sizeof data;
  LONG rc = RegGetValueW(HKEY_LOCAL_MACHINE, key, value, RRF_RT_REG_SZ | RRF_RT_REG_EXPAND_SZ |
                         RRF_NOEXPAND, NULL, data, &bytes);
  fprintf(f, "\t%s", rc == ERROR_SUCCESS ? utf8(data) : "-");
}

static void one_service(SC_HANDLE scm, DWORD i, const WCHAR *name, FILE *tsv) {
  char file[64], args[256];
  snprintf(args, sizeof args, "%s", utf8(name));
  SC_HANDLE svc = OpenServiceW(scm, name, SERVICE_QUERY_CONFIG | SERVICE_QUERY_STATUS);
  if (!svc) {
    manifest_note("OpenServiceW.error", "%s %lu", args, GetLastError());
    return;
  }
  DWORD need = 0;
  QueryServiceConfigW(svc, NULL, 0, &need);
  void *buf = calloc(1, need + 16);
  BOOL ok = QueryServiceConfigW(svc, buf, need, &need);
  snprintf(file, sizeof file, "svc-%lu-config.bin", i);
  save_bool(file, "QueryServiceConfigW", args, ok, GetLastError(), buf, need);
  free(buf);

  need = 0;
  QueryServiceConfig2W(svc, SERVICE_CONFIG_DESCRIPTION, NULL, 0, &need);
  DWORD err = GetLastError();
  buf = calloc(1, need + 16);
  ok = need && QueryServiceConfig2W(svc, SERVICE_CONFIG_DESCRIPTION, buf, need, &need);
  snprintf(file, sizeof file, "svc-%lu-description.bin", i);
  save_bool(file, "QueryServiceConfig2W", args, ok, ok ? 0 : err, buf, need);
  free(buf);

  SERVICE_STATUS_PROCESS ssp;
  ok = QueryServiceStatusEx(svc, SC_STATUS_PROCESS_INFO, (BYTE *)&ssp, sizeof ssp, &need);
  snprintf(file, sizeof file, "svc-%lu-status.bin", i);
  save_bool(file, "QueryServiceStatusEx", args, ok, GetLastError(), &ssp, sizeof ssp);

  /* The independent reads: the registry and the older status call. */
  SERVICE_STATUS status;
  BOOL sok = QueryServiceStatus(svc, &status);
  WCHAR key[512];
  swprintf(key, 512, L"System\\CurrentControlSet\\Services\\%ls", name);
  DWORD start = 0, bytes = sizeof start;
  LONG rc = RegGetValueW(HKEY_LOCAL_MACHINE, key, L"Start", RRF_RT_REG_DWORD, NULL, &start, &bytes);
  fprintf(tsv, "%lu\t%s", i, args);
  registry_text(tsv, key, L"DisplayName");
  registry_text(tsv, key, L"ImagePath");
  registry_text(tsv, key, L"ObjectName");
  registry_text(tsv, key, L"Description");
  fprintf(tsv, "\t%s", rc == ERROR_SUCCESS ? "" : "-");
  if (rc == ERROR_SUCCESS) {
    fprintf(tsv, "%lu", start);
  }
  fprintf(tsv, "\t%ld\n", sok ? (long)status.dwCurrentState : -1L);
  CloseServiceHandle(svc);
}

static void services_in_full(void) {
  SC_HANDLE scm = OpenSCManagerW(NULL, NULL, SC_MANAGER_ENUMERATE_SERVICE);
  if (!scm) {
    manifest_note("OpenSCManagerW.error", "%lu", GetLastError());
    return;
  }
  DWORD need = 0, count = 0, resume = 0;
  EnumServicesStatusExW(scm, SC_ENUM_PROCESS_INFO, SERVICE_WIN32, SERVICE_STATE_ALL, NULL, 0,
                        &need, &count, &resume, NULL);
  ENUM_SERVICE_STATUS_PROCESSW *list = calloc(1, need + 4096);
  resume = 0;
  BOOL ok = EnumServicesStatusExW(scm, SC_ENUM_PROCESS_INFO, SERVICE_WIN32, SERVICE_STATE_ALL,
                                  (BYTE *)list, need + 4096, &need, &count, &resume, NULL);
  FILE *tsv = open_text("services.tsv");
  fprintf(tsv, "index\tname\tregDisplayName\tregImagePath\tregObjectName\tregDescription\tregStart\tstate\n");
  for (DWORD i = 0; ok && i < count; i++) {
    one_service(scm, i, list[i].lpServiceName, tsv);
  }
  fclose(tsv);
  /* A name no service has: the error psutil maps to NoSuchProcess. */
  SC_HANDLE none = OpenServiceW(scm, L"jpsutil-no-such-service", SERVICE_QUERY_CONFIG);
  manifest_note("OpenServiceW.missing", "%lu", none ? 0 : GetLastError());
  if (none) {
    CloseServiceHandle(none);
  }
  free(list);
  CloseServiceHandle(scm);
}

/* WTSQuerySessionInformationW of the probe's own session (WTSEnumerateSessionsW lists none under
 * Wine 8): user name, client address and WTSINFOW, each as the call returned it. */
static void own_session(void) {
  DWORD session = 0;
  BOOL ok = ProcessIdToSessionId(GetCurrentProcessId(), &session);
  manifest_note("ProcessIdToSessionId", ok ? "%lu" : "error", session);
  const struct {
    WTS_INFO_CLASS cls;
    const char *name;
  } classes[] = {{WTSUserName, "WTSUserName"},
                 {WTSClientAddress, "WTSClientAddress"},
                 {WTSSessionInfo, "WTSSessionInfo"}};
  for (int i = 0; i < 3; i++) {
    LPWSTR buf = NULL;
    DWORD bytes = 0;
    ok = WTSQuerySessionInformationW(WTS_CURRENT_SERVER_HANDLE, session, classes[i].cls, &buf,
                                     &bytes);
    char file[64];
    snprintf(file, sizeof file, "WTSQuerySessionInformation-%s.bin", classes[i].name);
    save_bool(file, "WTSQuerySessionInformationW", classes[i].name, ok, GetLastError(), buf, bytes);
    if (buf) {
      WTSFreeMemory(buf);
    }
  }
  manifest_note("sizeof.WTSINFOW", "%zu", sizeof(WTSINFOW));
  manifest_note("sizeof.WTS_CLIENT_ADDRESS", "%zu", sizeof(WTS_CLIENT_ADDRESS));
}

/* The three walks psutil's heap_info() makes, into buffers reserved before the first walk. */
typedef struct {
  HANDLE heaps[256];
  DWORD heap_count;
  PROCESS_HEAP_ENTRY *entries;
  size_t entry_count;
  MEMORY_BASIC_INFORMATION *regions;
  size_t region_count;
  DWORD walk_error;
} heap_snapshot;

#define MAX_ENTRIES 200000
#define MAX_REGIONS 20000

static void walk_heaps(heap_snapshot *s) {
  s->heap_count = GetProcessHeaps(256, s->heaps);
  HANDLE heap = GetProcessHeap();
  PROCESS_HEAP_ENTRY e = {0};
  s->entry_count = 0;
  HeapLock(heap);
  while (s->entry_count < MAX_ENTRIES && HeapWalk(heap, &e)) {
    s->entries[s->entry_count++] = e;
  }
  s->walk_error = GetLastError();
  HeapUnlock(heap);
  s->region_count = 0;
  BYTE *addr = NULL;
  MEMORY_BASIC_INFORMATION mbi;
  while (s->region_count < MAX_REGIONS && VirtualQuery(addr, &mbi, sizeof mbi) == sizeof mbi) {
    s->regions[s->region_count++] = mbi;
    addr = (BYTE *)mbi.BaseAddress + mbi.RegionSize;
  }
}

static void save_snapshot(const heap_snapshot *s, const char *when) {
  char file[64];
  snprintf(file, sizeof file, "heap-%s-GetProcessHeaps.bin", when);
  save_raw(file, "GetProcessHeaps", "256", s->heap_count, s->heaps, s->heap_count * sizeof(HANDLE));
  snprintf(file, sizeof file, "heap-%s-HeapWalk.bin", when);
  save_raw(file, "HeapWalk", "GetProcessHeap() under HeapLock", s->walk_error, s->entries,
           s->entry_count * sizeof(PROCESS_HEAP_ENTRY));
  snprintf(file, sizeof file, "heap-%s-VirtualQuery.bin", when);
  save_raw(file, "VirtualQuery", "from address 0", (long long)s->region_count, s->regions,
           s->region_count * sizeof(MEMORY_BASIC_INFORMATION));
}

#define SMALL_BLOCKS 1000
#define SMALL_BYTES 1000
#define VIRTUAL_MIB 8

static void heaps(void) {
  heap_snapshot before, after;
  size_t entries = MAX_ENTRIES * sizeof(PROCESS_HEAP_ENTRY);
  size_t regions = MAX_REGIONS * sizeof(MEMORY_BASIC_INFORMATION);
  /* Both snapshots' buffers exist before the first walk, so both walks count them alike. */
  before.entries = VirtualAlloc(NULL, entries, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
  before.regions = VirtualAlloc(NULL, regions, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
  after.entries = VirtualAlloc(NULL, entries, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
  after.regions = VirtualAlloc(NULL, regions, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
  static void *blocks[SMALL_BLOCKS];
  walk_heaps(&before);
  for (int i = 0; i < SMALL_BLOCKS; i++) {
    blocks[i] = HeapAlloc(GetProcessHeap(), 0, SMALL_BYTES);
  }
  void *big = VirtualAlloc(NULL, (SIZE_T)VIRTUAL_MIB << 20, MEM_COMMIT | MEM_RESERVE,
                           PAGE_READWRITE);
  HANDLE extra = HeapCreate(0, 0, 0);
  walk_heaps(&after);
  save_snapshot(&before, "before");
  save_snapshot(&after, "after");
  manifest_note("sizeof.PROCESS_HEAP_ENTRY", "%zu", sizeof(PROCESS_HEAP_ENTRY));
  manifest_note("sizeof.MEMORY_BASIC_INFORMATION", "%zu", sizeof(MEMORY_BASIC_INFORMATION));
  FILE *f = open_text("heap.txt");
  fprintf(f, "GetProcessHeap=0x%llx\n", (unsigned long long)(ULONG_PTR)GetProcessHeap());
  fprintf(f, "HeapAlloc.blocks=%d\nHeapAlloc.bytes=%d\n", SMALL_BLOCKS, SMALL_BYTES);
  fprintf(f, "VirtualAlloc.bytes=%llu\n", big ? (unsigned long long)VIRTUAL_MIB << 20 : 0ULL);
  fprintf(f, "HeapCreate=%s\n", extra ? "1" : "0");
  /* HeapCompact: the largest free committed block, 0 with GetLastError for a failure. */
  SetLastError(0);
  SIZE_T largest = HeapCompact(GetProcessHeap(), 0);
  fprintf(f, "HeapCompact=%llu\nHeapCompact.error=%lu\n", (unsigned long long)largest,
          largest ? 0 : GetLastError());
  fclose(f);
  for (int i = 0; i < SMALL_BLOCKS; i++) {
    HeapFree(GetProcessHeap(), 0, blocks[i]);
  }
  if (extra) {
    HeapDestroy(extra);
  }
}

/* psutil's getloadavg(): the English counter path, one collection, the formatted double. */
static void processor_queue_length(void) {
  PDH_HQUERY query;
  PDH_HCOUNTER counter;
  PDH_STATUS st = PdhOpenQueryW(NULL, 0, &query);
  manifest_note("PdhOpenQueryW", "0x%08lx", (unsigned long)st);
  if (st != ERROR_SUCCESS) {
    return;
  }
  st = PdhAddEnglishCounterW(query, L"\\System\\Processor Queue Length", 0, &counter);
  manifest_note("PdhAddEnglishCounterW", "0x%08lx", (unsigned long)st);
  if (st == ERROR_SUCCESS) {
    st = PdhCollectQueryData(query);
    manifest_note("PdhCollectQueryData", "0x%08lx", (unsigned long)st);
    PDH_FMT_COUNTERVALUE value = {0};
    st = PdhGetFormattedCounterValue(counter, PDH_FMT_DOUBLE, NULL, &value);
    save_raw("PdhGetFormattedCounterValue.bin", "PdhGetFormattedCounterValue",
             "Processor Queue Length PDH_FMT_DOUBLE", (long)st, &value,
             st == ERROR_SUCCESS ? sizeof value : 0);
  }
  PdhCloseQuery(query);
  manifest_note("sizeof.PDH_FMT_COUNTERVALUE", "%zu", sizeof(PDH_FMT_COUNTERVALUE));
}

void capture_host(void) {
  services_in_full();
  own_session();
  heaps();
  processor_queue_length();
}
