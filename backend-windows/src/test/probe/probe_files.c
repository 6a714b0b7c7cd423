/*
 * jpsutil Windows capture probe: memory maps, the working set, open files and disk counters of the
 * probe itself, with facts it set up (a file it mapped, a file and a directory it holds open).
 *
 * Raw: every MEMORY_BASIC_INFORMATION of a VirtualQueryEx walk of the probe and of its first child
 * (self-VirtualQueryEx.bin, child0-VirtualQueryEx.bin, 48 bytes each, address order);
 * NtQuerySystemInformation(SystemExtendedHandleInformation = 64); NtQueryObject(NULL,
 * ObjectTypesInformation = 3); NtQueryObject(ObjectNameInformation = 1) of the open file;
 * NtQueryVirtualMemory(MemoryWorkingSetInformation = 1); DeviceIoControl(IOCTL_DISK_PERFORMANCE)
 * of each \\.\PhysicalDriveN that opens. Text: GetMappedFileNameW of each region
 * (self-mapped-names.tsv, child0-mapped-names.tsv), QueryDosDeviceW of each drive
 * (dosdevices.tsv), per own handle GetFileType, FileStandardInformation, FileBasicInformation and
 * the object's type and name (handles.tsv), what the probe created (files.txt), and which disks
 * opened (disks.tsv).
 */
#include "probe.h"

#include <psapi.h>
#include <stdlib.h>
#include <winioctl.h>
#include <winternl.h>

#define STATUS_INFO_LENGTH_MISMATCH ((NTSTATUS)0xC0000004L)

typedef NTSTATUS(NTAPI *QuerySystem)(ULONG, PVOID, ULONG, PULONG);
typedef NTSTATUS(NTAPI *QueryObject)(HANDLE, ULONG, PVOID, ULONG, PULONG);
typedef NTSTATUS(NTAPI *QueryFile)(HANDLE, PVOID, PVOID, ULONG, ULONG);
typedef NTSTATUS(NTAPI *QueryVm)(HANDLE, PVOID, ULONG, PVOID, SIZE_T, PSIZE_T);

static FARPROC nt(const char *name) { return GetProcAddress(GetModuleHandleA("ntdll.dll"), name); }

/* The VirtualQueryEx walk of one process: TAG-VirtualQueryEx.bin and TAG-mapped-names.tsv. */
static void memory_walk(HANDLE self, const char *tag) {
  size_t cap = 256, n = 0;
  MEMORY_BASIC_INFORMATION *all = malloc(cap * sizeof *all);
  char file[96];
  snprintf(file, sizeof file, "%s-mapped-names.tsv", tag);
  FILE *names = open_text(file);
  fprintf(names, "base\tsize\tprotect\ttype\tname\n");
  static WCHAR name[32768];
  char *at = NULL;
  MEMORY_BASIC_INFORMATION m;
  while (VirtualQueryEx(self, at, &m, sizeof m) == sizeof m) {
    if (n == cap) {
      cap *= 2;
      all = realloc(all, cap * sizeof *all);
    }
    all[n++] = m;
    fprintf(names, "0x%llx\t%zu\t0x%lx\t0x%lx\t", (unsigned long long)(ULONG_PTR)m.BaseAddress,
            m.RegionSize, m.Protect, m.Type);
    if (GetMappedFileNameW(self, m.BaseAddress, name, 32768)) {
      fprintf(names, "%s\n", utf8(name));
    } else {
      fprintf(names, "error:%lu\n", GetLastError());
    }
    at = (char *)m.BaseAddress + m.RegionSize;
  }
  fclose(names);
  snprintf(file, sizeof file, "%s-VirtualQueryEx.bin", tag);
  save_raw(file, "VirtualQueryEx", tag, (long long)n, all, n * sizeof *all);
  manifest_note("sizeof.MEMORY_BASIC_INFORMATION", "%zu", sizeof(MEMORY_BASIC_INFORMATION));
  free(all);
}

static void dos_devices(void) {
  FILE *f = open_text("dosdevices.tsv");
  fprintf(f, "drive\ttarget\n");
  DWORD drives = GetLogicalDrives();
  for (int i = 0; i < 26; i++) {
    if (!(drives & (1u << i))) {
      continue;
    }
    WCHAR drive[3] = {(WCHAR)('A' + i), L':', 0}, target[1024];
    if (QueryDosDeviceW(drive, target, 1024)) {
      fprintf(f, "%c:\t%s\n", 'A' + i, utf8(target));
    } else {
      fprintf(f, "%c:\terror:%lu\n", 'A' + i, GetLastError());
    }
  }
  fclose(f);
}

static void working_set(void) {
  QueryVm query = (QueryVm)(void *)nt("NtQueryVirtualMemory");
  SIZE_T size = 0x8000;
  void *buf = NULL;
  NTSTATUS st;
  do {
    buf = realloc(buf, size);
    st = query(GetCurrentProcess(), NULL, 1, buf, size, NULL);
    size *= 2;
  } while (st == STATUS_INFO_LENGTH_MISMATCH && size < (64u << 20));
  size /= 2;
  ULONG_PTR entries = st == 0 ? *(ULONG_PTR *)buf : 0;
  save_raw("ntqvm-1-MemoryWorkingSetInformation.bin", "NtQueryVirtualMemory",
           "probe MemoryWorkingSetInformation", st, buf,
           st == 0 ? sizeof(ULONG_PTR) * (entries + 1) : 0);
  PROCESS_MEMORY_COUNTERS_EX m = {sizeof m};
  GetProcessMemoryInfo(GetCurrentProcess(), (PROCESS_MEMORY_COUNTERS *)&m, sizeof m);
  SYSTEM_INFO si;
  GetNativeSystemInfo(&si);
  manifest_note("working_set", "status=0x%lx workingSetSize=%zu privateUsage=%zu pageSize=%lu", st,
                m.WorkingSetSize, m.PrivateUsage, si.dwPageSize);
  free(buf);
}

static void disks(void) {
  FILE *f = open_text("disks.tsv");
  fprintf(f, "drive\topenError\tioctlError\treturned\n");
  for (int i = 0; i <= 32; i++) {
    char dev[64], file[64];
    snprintf(dev, sizeof dev, "\\\\.\\PhysicalDrive%d", i);
    HANDLE h = CreateFileA(dev, 0, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL, OPEN_EXISTING, 0, NULL);
    if (h == INVALID_HANDLE_VALUE) {
      DWORD err = GetLastError();
      if (err != ERROR_FILE_NOT_FOUND) {
        fprintf(f, "%d\t%lu\t-\t-\n", i, err);
      }
      continue;
    }
    DISK_PERFORMANCE p;
    DWORD got = 0;
    BOOL ok = DeviceIoControl(h, IOCTL_DISK_PERFORMANCE, NULL, 0, &p, sizeof p, &got, NULL);
    fprintf(f, "%d\t0\t%lu\t%lu\n", i, ok ? 0 : GetLastError(), got);
    if (ok) {
      snprintf(file, sizeof file, "ioctl-disk-performance-%d.bin", i);
      save_raw(file, "DeviceIoControl", "IOCTL_DISK_PERFORMANCE", ok, &p, got);
    }
    CloseHandle(h);
  }
  fclose(f);
  manifest_note("sizeof.DISK_PERFORMANCE", "%zu", sizeof(DISK_PERFORMANCE));
}

/* One handles.tsv row per handle of the probe's own: what the documented calls say about it. */
static void handle_rows(void *table, NTSTATUS st) {
  FILE *f = open_text("handles.tsv");
  fprintf(f, "handle\ttypeIndex\ttype\tfileType\tdirectory\tdeletePending\tattributes\tname\n");
  QueryObject query = (QueryObject)(void *)nt("NtQueryObject");
  QueryFile file = (QueryFile)(void *)nt("NtQueryInformationFile");
  ULONG_PTR count = st == 0 ? ((ULONG_PTR *)table)[0] : 0;
  /* SYSTEM_HANDLE_TABLE_ENTRY_INFO_EX, 40 bytes (phnt ntexapi.h), after two ULONG_PTRs. */
  unsigned char *e = (unsigned char *)table + 16;
  for (ULONG_PTR i = 0; i < count; i++, e += 40) {
    if (*(ULONG_PTR *)(e + 8) != GetCurrentProcessId()) {
      continue;
    }
    HANDLE h = (HANDLE) * (ULONG_PTR *)(e + 16);
    static unsigned char buf[65536];
    ULONG got;
    fprintf(f, "0x%llx\t%u", (unsigned long long)(ULONG_PTR)h, *(USHORT *)(e + 30));
    NTSTATUS s = query(h, 2, buf, sizeof buf, &got);
    fprintf(f, "\t%s", s == 0 ? utf8(((UNICODE_STRING *)buf)->Buffer) : "error");
    DWORD type = GetFileType(h);
    unsigned char io[16], standard[24], basic[40];
    NTSTATUS s1 = type == FILE_TYPE_DISK ? file(h, io, standard, sizeof standard, 5) : -1;
    NTSTATUS s2 = type == FILE_TYPE_DISK ? file(h, io, basic, sizeof basic, 4) : -1;
    fprintf(f, "\t%lu\t%s\t%s\t", type, s1 == 0 ? (standard[21] ? "1" : "0") : "-",
            s1 == 0 ? (standard[20] ? "1" : "0") : "-");
    if (s2 == 0) {
      fprintf(f, "0x%lx", *(ULONG *)(basic + 32));
    } else {
      fputc('-', f);
    }
    s = type == FILE_TYPE_DISK ? query(h, 1, buf, sizeof buf, &got) : -1;
    if (s == 0 && ((UNICODE_STRING *)buf)->Buffer) {
      fprintf(f, "\t%s\n", utf8(((UNICODE_STRING *)buf)->Buffer));
    } else {
      fprintf(f, "\t-\n");
    }
  }
  fclose(f);
}

static void handles(HANDLE open_file) {
  QuerySystem qs = (QuerySystem)(void *)nt("NtQuerySystemInformation");
  ULONG size = 0x10000, got = 0;
  void *buf = NULL;
  NTSTATUS st;
  for (;;) {
    buf = realloc(buf, size);
    st = qs(64, buf, size, &got);
    if (st != STATUS_INFO_LENGTH_MISMATCH) {
      break;
    }
    size = got > size ? got + 0x4000 : size * 2;
  }
  save_raw("ntqsi-64-SystemExtendedHandleInformation.bin", "NtQuerySystemInformation",
           "SystemExtendedHandleInformation", st, buf, st == 0 ? got : 0);
  handle_rows(buf, st);
  free(buf);
  QueryObject query = (QueryObject)(void *)nt("NtQueryObject");
  static unsigned char types[1 << 16];
  st = query(NULL, 3, types, sizeof types, &got);
  save_raw("ntqo-3-ObjectTypesInformation.bin", "NtQueryObject", "ObjectTypesInformation", st,
           types, st == 0 ? got : 0);
  static unsigned char name[4096];
  st = query(open_file, 1, name, sizeof name, &got);
  save_raw("ntqo-1-ObjectNameInformation.bin", "NtQueryObject", "the open file", st, name,
           st == 0 ? got : 0);
}

void capture_files_and_maps(DWORD child) {
  WCHAR base[MAX_PATH], mapped[MAX_PATH], opened[MAX_PATH], dir[MAX_PATH];
  GetTempPathW(MAX_PATH, base);
  wcscat(base, L"jpsutil probe");
  CreateDirectoryW(base, NULL);
  swprintf(mapped, MAX_PATH, L"%ls\\mapped file.dat", base);
  swprintf(opened, MAX_PATH, L"%ls\\open file.txt", base);
  swprintf(dir, MAX_PATH, L"%ls\\cwd alpha", base);
  /* 3 x 64 KiB mapped read-only: a view of known address, size and path. */
  HANDLE mf = CreateFileW(mapped, GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ, NULL,
                          CREATE_ALWAYS, 0, NULL);
  static char block[3 << 16];
  DWORD wrote;
  WriteFile(mf, block, sizeof block, &wrote, NULL);
  HANDLE mapping = CreateFileMappingW(mf, NULL, PAGE_READONLY, 0, 0, NULL);
  void *view = MapViewOfFile(mapping, FILE_MAP_READ, 0, 0, 0);
  CloseHandle(mapping);
  CloseHandle(mf);
  HANDLE of = CreateFileW(opened, GENERIC_WRITE, FILE_SHARE_READ, NULL, CREATE_ALWAYS, 0, NULL);
  HANDLE dh = CreateFileW(dir, GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL,
                          OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, NULL);
  FILE *facts = open_text("files.txt");
  fprintf(facts, "probe_pid=%lu\n", GetCurrentProcessId());
  fprintf(facts, "mapped_path=%s\n", utf8(mapped));
  fprintf(facts, "mapped_view=0x%llx\n", (unsigned long long)(ULONG_PTR)view);
  fprintf(facts, "mapped_size=%zu\n", sizeof block);
  fprintf(facts, "open_path=%s\n", utf8(opened));
  fprintf(facts, "open_handle=0x%llx\n", (unsigned long long)(ULONG_PTR)of);
  fprintf(facts, "directory_path=%s\n", utf8(dir));
  fprintf(facts, "directory_handle=0x%llx\n", (unsigned long long)(ULONG_PTR)dh);
  fclose(facts);
  memory_walk(GetCurrentProcess(), "self");
  HANDLE h = OpenProcess(PROCESS_QUERY_INFORMATION | PROCESS_VM_READ, FALSE, child);
  if (h) {
    memory_walk(h, "child0");
    CloseHandle(h);
  }
  dos_devices();
  working_set();
  handles(of);
  disks();
  UnmapViewOfFile(view);
  CloseHandle(of);
  CloseHandle(dh);
}
