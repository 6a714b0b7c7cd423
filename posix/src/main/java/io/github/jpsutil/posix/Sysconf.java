package io.github.jpsutil.posix;

import io.github.jpsutil.posix.jna.LibcSysconf;

/**
 * The {@code sysconf(3)} values the backends convert with. The {@code _SC_*} names are numbered
 * differently on each OS, so the caller passes its OS's number (Linux {@code bits/confname.h}:
 * {@code _SC_CLK_TCK} = 2, {@code _SC_PAGESIZE} = 30, {@code _SC_NPROCESSORS_ONLN} = 84).
 */
public final class Sysconf {
  private Sysconf() {}

  /**
   * The value of {@code sysconf(name)}.
   *
   * @param name the OS's {@code _SC_*} number
   * @param what the name for the message, e.g. {@code "_SC_CLK_TCK"}
   * @return the value
   * @throws IllegalStateException if the OS does not define it (sysconf returned -1)
   */
  public static long get(int name, String what) {
    long v = LibcSysconf.INSTANCE.sysconf(name);
    if (v <= 0) {
      throw new IllegalStateException("sysconf(" + what + ") returned " + v);
    }
    return v;
  }
}
