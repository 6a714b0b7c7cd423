package io.github.jpsutil.posix.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;

/** libc's {@code strerror(3)}, in the process's current locale. */
public interface LibcStrerror extends Library {
  LibcStrerror INSTANCE = Native.load("c", LibcStrerror.class);

  String strerror(int errnum);
}
