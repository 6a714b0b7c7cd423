package io.github.jpsutil.posix.jna;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import io.github.jpsutil.posix.NativeLibc;

/** libc's reentrant user-database lookup, {@code getpwuid_r(3)}. */
public interface LibcPasswd extends Library {
  LibcPasswd INSTANCE = NativeLibc.load(LibcPasswd.class);

  /**
   * Returns 0 on success (with {@code *result} null when there is no entry) or an errno value; it
   * does not set errno itself, so no LastErrorException here.
   */
  int getpwuid_r(int uid, Pointer pwd, Pointer buf, long buflen, Pointer result);
}
