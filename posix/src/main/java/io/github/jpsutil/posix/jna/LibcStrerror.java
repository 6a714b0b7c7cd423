package io.github.jpsutil.posix.jna;

import com.sun.jna.Library;
import io.github.jpsutil.posix.NativeLibc;

/** libc's {@code strerror(3)}, in the process's current locale. */
public interface LibcStrerror extends Library {
  LibcStrerror INSTANCE = NativeLibc.load(LibcStrerror.class);

  String strerror(int errnum);
}
