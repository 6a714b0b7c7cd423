package io.github.jpsutil.windows.acquire;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.NoSuchProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.LongFunction;

/**
 * A process handle opened once for one query or action and checked against the process it was meant
 * for, as psutil's {@code psutil_handle_from_pid} and {@code psutil_check_phandle}: a gone pid is
 * NoSuchProcess, a denied one AccessDenied, and a handle whose process has exited or was created at
 * another time than the caller's (the pid was reused) is NoSuchProcess, so an action never reaches
 * the wrong process.
 */
public final class ProcessHandle implements AutoCloseable {
  /** Access rights (Microsoft docs, "Process Security and Access Rights"). */
  public static final int QUERY_LIMITED_INFORMATION = 0x1000;

  public static final int SET_INFORMATION = 0x0200;
  public static final int VM_READ = 0x0010;
  public static final int TERMINATE = 0x0001;
  public static final int SUSPEND_RESUME = 0x0800;
  public static final int SYNCHRONIZE = 0x0010_0000;

  static final int ERROR_ACCESS_DENIED = 5;
  static final int ERROR_INVALID_PARAMETER = 87;
  static final int STATUS_ACCESS_DENIED = 0xC000_0022;
  static final int STILL_ACTIVE = 259;

  private final WindowsApi api;
  private final int pid;
  private final long handle;

  private ProcessHandle(WindowsApi api, int pid, long handle) {
    this.api = api;
    this.pid = pid;
    this.handle = handle;
  }

  /**
   * Opens {@code pid} with {@code access} plus the right to check it.
   *
   * @param createTime the FILETIME the caller knows the process by
   * @throws NoSuchProcess if there is no such pid, it has exited, or it now names another process
   * @throws AccessDenied if Windows refuses the handle
   */
  public static ProcessHandle open(WindowsApi api, int pid, int access, long createTime) {
    return open(api, pid, access, createTime, true);
  }

  /**
   * Opens {@code pid} as {@link #open} does, but also when the process has already exited and its
   * object is still held open elsewhere: psutil's {@code proc_wait} then reads its exit code.
   *
   * @param createTime the FILETIME the caller knows the process by
   * @throws NoSuchProcess if there is no such pid or it now names another process
   * @throws AccessDenied if Windows refuses the handle
   */
  public static ProcessHandle openExited(WindowsApi api, int pid, int access, long createTime) {
    return open(api, pid, access, createTime, false);
  }

  private static ProcessHandle open(
      WindowsApi api, int pid, int access, long createTime, boolean mustRun) {
    if (pid == 0) {
      // psutil: the idle process cannot be opened; "automatically set for PID 0".
      throw new AccessDenied(pid, null, "automatically set for PID 0");
    }
    Outcome opened = api.openProcess(pid, access | QUERY_LIMITED_INFORMATION);
    if (opened.error() == ERROR_INVALID_PARAMETER) {
      throw new NoSuchProcess(pid, null, "OpenProcess -> ERROR_INVALID_PARAMETER");
    }
    ProcessHandle h = new ProcessHandle(api, pid, check(pid, "OpenProcess", opened));
    try {
      if (mustRun && !h.running()) {
        throw new NoSuchProcess(pid, null, "the process has exited");
      }
      long created = h.call("GetProcessTimes", api::creationTime);
      if (created != createTime) {
        throw new NoSuchProcess(pid, null, "the pid now names a process created at " + created);
      }
      return h;
    } catch (RuntimeException e) {
      h.close();
      throw e;
    }
  }

  /**
   * Reads {@code length} bytes at {@code address} of the process; a short read is an error.
   *
   * @param what names the read in errors, e.g. "the command line"
   */
  public java.nio.ByteBuffer read(String what, long address, long length) {
    if (length < 0 || length > Integer.MAX_VALUE) {
      throw new io.github.jpsutil.api.MalformedDataException(what + ": length " + length);
    }
    Reply r = api.readMemory(handle, address, (int) length);
    check(pid, "ReadProcessMemory(" + what + ")", new Outcome(0, r.status()));
    if (r.bytes().limit() != length) {
      throw new UncheckedIOException(
          new IOException(
              String.format(
                  "ReadProcessMemory(%s, pid %d) read %d of %d bytes",
                  what, pid, r.bytes().limit(), length)));
    }
    return r.bytes();
  }

  /** A call on the handle that answers a buffer, e.g. ProcessBasicInformation; checked. */
  public Reply reply(String name, LongFunction<Reply> call) {
    Reply r = call.apply(handle);
    check(pid, name, new Outcome(0, r.status()));
    return r;
  }

  /** Whether the process still runs ({@code GetExitCodeProcess} is STILL_ACTIVE). */
  public boolean running() {
    return call("GetExitCodeProcess", api::exitCode) == STILL_ACTIVE;
  }

  /** A call on a handle that fills a buffer of a given size. */
  @FunctionalInterface
  public interface SizedCall {
    Reply call(long handle, int size);
  }

  /**
   * Calls {@code call} with a buffer grown while Windows answers ERROR_INSUFFICIENT_BUFFER; its
   * error becomes AccessDenied or an exception naming it.
   */
  public Reply buffer(String name, int initialSize, SizedCall call) {
    Reply r =
        WindowsCalls.grown(
            name,
            initialSize,
            size -> call.call(handle, size),
            s -> s == WindowsCalls.ERROR_INSUFFICIENT_BUFFER);
    check(pid, name, new Outcome(0, r.status()));
    return r;
  }

  /** Calls {@code call} on the handle; its error becomes AccessDenied or an exception naming it. */
  public long call(String name, LongFunction<Outcome> call) {
    return check(pid, name, call.apply(handle));
  }

  private static long check(int pid, String name, Outcome o) {
    if (o.error() == 0) {
      return o.value();
    }
    if (o.error() == ERROR_ACCESS_DENIED || o.error() == STATUS_ACCESS_DENIED) {
      throw new AccessDenied(pid, null, name + " -> access denied");
    }
    throw new UncheckedIOException(
        new IOException(String.format("%s(pid %d) failed: error 0x%08X", name, pid, o.error())));
  }

  /**
   * A call on the handle whose status the caller reads itself, e.g. VirtualQueryEx's
   * ERROR_INVALID_PARAMETER past the last region; {@link #fail} maps the others.
   */
  public <T> T unchecked(LongFunction<T> call) {
    return call.apply(handle);
  }

  /**
   * Raises the failure of a call on this process as every checked call does.
   *
   * @throws AccessDenied for ERROR_ACCESS_DENIED and STATUS_ACCESS_DENIED
   * @throws UncheckedIOException naming the call and the status otherwise
   */
  public void fail(String name, int status) {
    check(pid, name, new Outcome(0, status));
  }

  @Override
  public void close() {
    api.closeHandle(handle);
  }
}
