package io.github.jpsutil.posix.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;

/** libc's {@code sysconf(3)}. */
public interface LibcSysconf extends Library {
  LibcSysconf INSTANCE = Native.load("c", LibcSysconf.class);

  long sysconf(int name);
}
