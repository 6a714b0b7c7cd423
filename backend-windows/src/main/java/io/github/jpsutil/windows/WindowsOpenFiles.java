package io.github.jpsutil.windows;

import io.github.jpsutil.api.OpenFile;
import io.github.jpsutil.windows.acquire.Outcome;
import io.github.jpsutil.windows.acquire.ProcessHandle;
import io.github.jpsutil.windows.acquire.Reply;
import io.github.jpsutil.windows.acquire.SystemInformationClass;
import io.github.jpsutil.windows.acquire.WindowsApi;
import io.github.jpsutil.windows.acquire.WindowsCalls;
import io.github.jpsutil.windows.parse.DosPaths;
import io.github.jpsutil.windows.parse.FileInformation;
import io.github.jpsutil.windows.parse.HandleTable;
import io.github.jpsutil.windows.parse.ObjectInformation;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * psutil's Windows {@code open_files()} (arch/windows/proc_handles.c): the process's handles from
 * the system handle table, each duplicated into this process; the non-blocking type query keeps
 * "File" objects; the queries that can block (GetFileType, NtQueryInformationFile, the name) run on
 * a worker thread with psutil's 100 ms timeout per handle, because a synchronous read pending on a
 * pipe, or an unanswering network file system, holds them indefinitely. A worker that times out is
 * abandoned (a Java thread cannot be killed as psutil kills its worker; it ends when the call
 * returns) and the next handle gets a new one. Kept: disk files that are neither directories nor
 * pending deletion, paths converted to drive letters and listed once.
 */
final class WindowsOpenFiles {
  private WindowsOpenFiles() {}

  /** {@code PROCESS_DUP_HANDLE}: what DuplicateHandle needs on the source process. */
  static final int DUP_HANDLE = 0x0040;

  /** psutil's THREAD_TIMEOUT for the queries of one handle. */
  private static final long TIMEOUT_MILLIS = 100;

  private static final int OBJECT_NAME_INFORMATION = 1;
  private static final int OBJECT_TYPE_INFORMATION = 2;
  private static final int FILE_TYPE_DISK = 1;
  private static final int STATUS_INFO_LENGTH_MISMATCH = 0xC000_0004;

  /** Room for the longest UNICODE_STRING (65,534 bytes) after its 16-byte header. */
  private static final int NAME_BYTES = 16 + 0x10000;

  static List<OpenFile> of(WindowsCalls calls, ProcessHandle process, int pid) {
    WindowsApi api = calls.api();
    ByteBuffer table = calls.query(SystemInformationClass.EXTENDED_HANDLE, 0x10000).bytes();
    Map<String, String> targets = WindowsProcessMemory.dosTargets(api);
    Set<String> paths = new LinkedHashSet<>();
    ExecutorService worker = newWorker();
    try {
      for (long value : HandleTable.handlesOf(table, pid)) {
        Outcome dup = process.unchecked(x -> api.duplicateHandle(x, value));
        if (dup.error() != 0) {
          continue; // psutil skips a handle it cannot duplicate (gone meanwhile, protected)
        }
        boolean file = false;
        try {
          file = isFile(api, dup.value());
        } finally {
          if (!file) {
            api.closeHandle(dup.value());
          }
        }
        if (!file) {
          continue;
        }
        Future<Optional<String>> name = worker.submit(() -> regularFileName(api, dup.value()));
        try {
          name.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
              .ifPresent(n -> paths.add(DosPaths.convert(n, targets)));
        } catch (TimeoutException e) {
          worker.shutdownNow();
          worker = newWorker();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted listing the open files of pid " + pid, e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    } finally {
      worker.shutdown();
    }
    List<OpenFile> out = new ArrayList<>();
    for (String p : paths) {
      out.add(new OpenFile.Basic(p, OptionalInt.empty()));
    }
    return out;
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, "jpsutil-open-files");
          t.setDaemon(true);
          return t;
        });
  }

  /** NtQueryObject(ObjectTypeInformation): does not wait for the file object's lock. */
  private static boolean isFile(WindowsApi api, long handle) {
    int size = 1024;
    for (int attempt = 0; attempt < 3; attempt++) {
      Reply r = api.objectInformation(handle, OBJECT_TYPE_INFORMATION, size);
      if (r.status() == STATUS_INFO_LENGTH_MISMATCH && r.needed() > size) {
        size = r.needed();
        continue;
      }
      return r.status() >= 0 && "File".equals(ObjectInformation.typeName(r.bytes(), r.address()));
    }
    return false;
  }

  /**
   * On the worker: the handle's native path if it is a regular disk file, then the duplicate closed
   * (also after a timeout, once the call returns).
   */
  private static Optional<String> regularFileName(WindowsApi api, long handle) {
    try {
      if (api.fileType(handle) != FILE_TYPE_DISK) {
        return Optional.empty();
      }
      Reply standard =
          api.fileInformation(
              handle, FileInformation.FILE_STANDARD_INFORMATION, FileInformation.STANDARD.size());
      if (standard.status() < 0 || !FileInformation.isLiveFile(standard.bytes())) {
        return Optional.empty();
      }
      Reply basic =
          api.fileInformation(
              handle, FileInformation.FILE_BASIC_INFORMATION, FileInformation.BASIC.size());
      if (basic.status() >= 0 && !FileInformation.isNotDirectory(basic.bytes())) {
        return Optional.empty();
      }
      Reply name = api.objectInformation(handle, OBJECT_NAME_INFORMATION, NAME_BYTES);
      if (name.status() < 0) {
        return Optional.empty();
      }
      String nt = ObjectInformation.name(name.bytes(), name.address());
      return nt.isEmpty() ? Optional.empty() : Optional.of(nt);
    } finally {
      api.closeHandle(handle);
    }
  }
}
