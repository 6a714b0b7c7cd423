package io.github.jpsutil.sunos.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;

/** The illumos libc calls without a posix counterpart. Loaded on first use, only on SunOS. */
public interface LibcIllumos extends Library {
  LibcIllumos INSTANCE = Native.load("c", LibcIllumos.class);

  /** {@code long sysconf(int name)}: illumos numbers its {@code _SC_*} names its own way. */
  long sysconf(int name);
}
