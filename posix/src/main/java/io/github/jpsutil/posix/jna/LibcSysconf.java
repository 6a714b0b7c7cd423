package io.github.jpsutil.posix.jna;

import com.sun.jna.Library;
import io.github.jpsutil.posix.NativeLibc;

/** libc's {@code sysconf(3)}. */
public interface LibcSysconf extends Library {
  LibcSysconf INSTANCE = NativeLibc.load(LibcSysconf.class);

  long sysconf(int name);
}
