/*
 * jpsutil Windows capture probe: shared declarations.
 *
 * The probe calls the Windows APIs the jpsutil Windows backend decodes, with the arguments the
 * backend uses, and writes what they return into a capture directory: raw buffers (one binary file
 * per call) listed in manifest.txt, plus the same facts read through other APIs as text, so the
 * Java decoders can be compared with values they did not produce.
 */
#ifndef JPSUTIL_PROBE_H
#define JPSUTIL_PROBE_H

#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#include <stdio.h>

/* Opens OUTDIR\name for writing text; exits the probe on failure. */
FILE *open_text(const char *name);

/* Writes buf[0..len) to OUTDIR\file and appends one manifest line:
 * file, api, args, rc (the call's return value or NTSTATUS), bytes, address (where the buffer
 * lived in the probe: pointers inside it, like UNICODE_STRING.Buffer, are relative to it). */
void save_raw(const char *file, const char *api, const char *args, long long rc, const void *buf,
              size_t len);

/* save_raw for a copy of another process's memory: address is where it lives in that process. */
void save_remote(const char *file, const char *api, const char *args, long long rc, const void *buf,
                 size_t len, ULONG_PTR address);

/* Appends "key=value" to the manifest (struct sizes the probe assumed, notes). */
void manifest_note(const char *key, const char *fmt, ...);

/* UTF-16 to UTF-8 (static buffer, valid until the next call). */
const char *utf8(const WCHAR *w);

/* Captures: system-wide calls, network and disks, per-process calls. */
void capture_system(void);
void capture_network(void);
void capture_disks_users_services(void);
void capture_processes(void);
void capture_process_memory(DWORD pid, const char *tag);
/* Services in full, the own session, the process heaps, the PDH queue length (probe_host.c). */
void capture_host(void);
/* Memory maps, working set, open files and disk counters of the probe (and its first child's maps). */
void capture_files_and_maps(DWORD first_child);

#endif
