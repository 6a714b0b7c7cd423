package io.github.jpsutil.macos.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/** libproc ({@code libproc.h}), part of libSystem. Loaded on first use, only on macOS. */
public interface LibProc extends Library {
  LibProc INSTANCE = Native.load("System", LibProc.class);

  /** {@code PROC_PIDTASKALLINFO} ({@code sys/proc_info.h}). */
  int PROC_PIDTASKALLINFO = 2;

  /**
   * {@code int proc_pidinfo(int pid, int flavor, uint64_t arg, void *buffer, int buffersize)}:
   * bytes written, or 0/-1 with errno set.
   */
  int proc_pidinfo(int pid, int flavor, long arg, Pointer buffer, int bufferSize);
}
