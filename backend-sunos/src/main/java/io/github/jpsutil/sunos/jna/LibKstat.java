package io.github.jpsutil.sunos.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/** libkstat ({@code kstat.h}). Loaded on first use, only on SunOS. */
public interface LibKstat extends Library {
  LibKstat INSTANCE = Native.load("kstat", LibKstat.class);

  /** {@code kstat_ctl_t *kstat_open(void)}: null with errno set on failure. */
  Pointer kstat_open();

  /** {@code kid_t kstat_read(kstat_ctl_t *, kstat_t *, void *)}: -1 with errno on failure. */
  int kstat_read(Pointer kc, Pointer ksp, Pointer buf);

  int kstat_close(Pointer kc);
}
