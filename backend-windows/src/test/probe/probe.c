/*
 * jpsutil Windows capture probe: entry point, capture directory, child processes.
 *
 *   probe.exe OUTDIR            capture into OUTDIR (created if missing)
 *   probe.exe child MIB TAG...  child mode: commit and touch MIB MiB, signal ready, sleep
 *
 * Before capturing, the probe starts CHILD_COUNT copies of itself under the name "jps child.exe"
 * (a space in the name on purpose), each with known arguments, its own working directory and a
 * known amount of committed private memory; children.tsv records what was asked for, so the
 * capture holds facts that were set, not read back from the APIs under test.
 */
#include "probe.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define CHILD_COUNT 3

static char out_dir[MAX_PATH];
static FILE *manifest;

FILE *open_text(const char *name) {
  char path[MAX_PATH * 2];
  snprintf(path, sizeof path, "%s\\%s", out_dir, name);
  FILE *f = fopen(path, "wb");
  if (!f) {
    fprintf(stderr, "probe: cannot write %s\n", path);
    exit(2);
  }
  return f;
}

void save_raw(const char *file, const char *api, const char *args, long long rc, const void *buf,
              size_t len) {
  save_remote(file, api, args, rc, buf, len, (ULONG_PTR)buf);
}

void save_remote(const char *file, const char *api, const char *args, long long rc, const void *buf,
                 size_t len, ULONG_PTR address) {
  FILE *f = open_text(file);
  if (len && fwrite(buf, 1, len, f) != len) {
    fprintf(stderr, "probe: short write on %s\n", file);
    exit(2);
  }
  fclose(f);
  fprintf(manifest, "file=%s\tapi=%s\targs=%s\trc=%lld\tbytes=%zu\taddress=0x%llx\n", file, api,
          args, rc, len, (unsigned long long)address);
}

void manifest_note(const char *key, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(manifest, "%s=", key);
  vfprintf(manifest, fmt, ap);
  fputc('\n', manifest);
  va_end(ap);
}

const char *utf8(const WCHAR *w) {
  static char out[4 * 32768];
  if (!WideCharToMultiByte(CP_UTF8, 0, w, -1, out, sizeof out, NULL, NULL)) {
    out[0] = 0;
  }
  return out;
}

/* Child mode: commit MIB MiB of private memory, touch every page so it is in the working set,
 * tell the parent through the named event jpsutil_probe_<TAG>, then wait to be terminated. */
static int child_main(int argc, char **argv) {
  if (argc < 4) {
    return 3;
  }
  size_t bytes = (size_t)atoi(argv[2]) << 20;
  volatile char *mem = VirtualAlloc(NULL, bytes, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
  if (!mem) {
    return 4;
  }
  for (size_t i = 0; i < bytes; i += 4096) {
    mem[i] = 1;
  }
  char name[64];
  snprintf(name, sizeof name, "jpsutil_probe_%s", argv[3]);
  HANDLE ready = OpenEventA(EVENT_MODIFY_STATE, FALSE, name);
  if (!ready || !SetEvent(ready)) {
    return 5;
  }
  Sleep(INFINITE);
  return 0;
}

static PROCESS_INFORMATION children[CHILD_COUNT];

static void start_children(void) {
  WCHAR self[MAX_PATH], child_exe[MAX_PATH], base[MAX_PATH];
  GetModuleFileNameW(NULL, self, MAX_PATH);
  GetTempPathW(MAX_PATH, base);
  wcscat(base, L"jpsutil probe");
  CreateDirectoryW(base, NULL);
  swprintf(child_exe, MAX_PATH, L"%ls\\jps child.exe", base);
  if (!CopyFileW(self, child_exe, FALSE)) {
    fprintf(stderr, "probe: CopyFile failed %lu\n", GetLastError());
    exit(2);
  }
  FILE *tsv = open_text("children.tsv");
  fprintf(tsv, "pid\tname\tcommandLine\tcwd\tcommittedMiB\tenvironment\taffinitySet\n");
  const char *tags[CHILD_COUNT] = {"alpha", "beta", "gamma"};
  const int mib[CHILD_COUNT] = {16, 32, 48};
  for (int i = 0; i < CHILD_COUNT; i++) {
    WCHAR cwd[MAX_PATH], cmd[2 * MAX_PATH], event_name[64];
    swprintf(cwd, MAX_PATH, L"%ls\\cwd %hs", base, tags[i]);
    CreateDirectoryW(cwd, NULL);
    swprintf(cmd, 2 * MAX_PATH, L"\"%ls\" child %d %hs \"arg with space\" %d", child_exe, mib[i],
             tags[i], i);
    swprintf(event_name, 64, L"jpsutil_probe_%hs", tags[i]);
    HANDLE ready = CreateEventW(NULL, TRUE, FALSE, event_name);
    /* An explicit environment: known variables only, none of the host's. */
    WCHAR env[512];
    int n = swprintf(env, 256, L"JPSUTIL_PROBE_TAG=%hs", tags[i]) + 1;
    n += swprintf(env + n, 64, L"JPSUTIL_PROBE_MIB=%d", mib[i]) + 1;
    n += swprintf(env + n, 64, L"SystemRoot=C:\\windows") + 1;
    env[n] = 0;
    STARTUPINFOW si = {sizeof si};
    if (!CreateProcessW(child_exe, cmd, NULL, NULL, FALSE, CREATE_UNICODE_ENVIRONMENT, env, cwd,
                        &si, &children[i])) {
      fprintf(stderr, "probe: CreateProcess failed %lu\n", GetLastError());
      exit(2);
    }
    if (WaitForSingleObject(ready, 20000) != WAIT_OBJECT_0) {
      fprintf(stderr, "probe: child %s not ready\n", tags[i]);
      exit(2);
    }
    CloseHandle(ready);
    fprintf(tsv, "%lu\tjps child.exe\t", children[i].dwProcessId);
    fprintf(tsv, "%s\t", utf8(cmd));
    fprintf(tsv, "%s\t%d\t", utf8(cwd), mib[i]);
    fprintf(tsv, "JPSUTIL_PROBE_TAG=%s;JPSUTIL_PROBE_MIB=%d;SystemRoot=C:\\windows\t", tags[i],
            mib[i]);
    /* The second child is restricted to CPU 0: an affinity the capture's readers did not choose. */
    if (i == 1) {
      fprintf(tsv, "%s\n", SetProcessAffinityMask(children[i].hProcess, 1) ? "0x1" : "error");
    } else {
      fprintf(tsv, "-\n");
    }
  }
  fclose(tsv);
}

static void stop_children(void) {
  for (int i = 0; i < CHILD_COUNT; i++) {
    TerminateProcess(children[i].hProcess, 0);
    WaitForSingleObject(children[i].hProcess, 5000);
    CloseHandle(children[i].hProcess);
    CloseHandle(children[i].hThread);
  }
}

int main(int argc, char **argv) {
  if (argc >= 2 && strcmp(argv[1], "child") == 0) {
    return child_main(argc, argv);
  }
  if (argc != 2) {
    fprintf(stderr, "usage: probe.exe OUTDIR | probe.exe child MIB TAG\n");
    return 1;
  }
  snprintf(out_dir, sizeof out_dir, "%s", argv[1]);
  CreateDirectoryA(out_dir, NULL);
  manifest = open_text("manifest.txt");
  manifest_note("probe_pid", "%lu", GetCurrentProcessId());
  manifest_note("pointer_bytes", "%zu", sizeof(void *));
  start_children();
  capture_processes();
  for (int i = 0; i < CHILD_COUNT; i++) {
    char tag[32];
    snprintf(tag, sizeof tag, "child%d", i);
    capture_process_memory(children[i].dwProcessId, tag);
  }
  capture_system();
  capture_network();
  capture_disks_users_services();
  capture_host();
  capture_files_and_maps(children[0].dwProcessId);
  stop_children();
  fclose(manifest);
  return 0;
}
