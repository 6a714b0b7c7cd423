package io.github.jpsutil.posix;

import com.sun.jna.LastErrorException;
import com.sun.jna.NativeLong;
import io.github.jpsutil.posix.jna.LibcReadlink;
import java.util.Arrays;

/** The raw target bytes of a symbolic link, undecoded, so that no byte is lost. */
public final class Readlink {
  /** PATH_MAX on Linux, macOS and the BSDs; a longer target is retried with a bigger buffer. */
  private static final int FIRST_SIZE = 4096;

  private static final int MAX_SIZE = 1 << 20;

  private Readlink() {}

  /**
   * The target of {@code link}, exactly as stored.
   *
   * @throws LastErrorException with readlink's errno (ENOENT, EACCES, EINVAL for a non-link, …)
   */
  public static byte[] bytes(String link) {
    int size = FIRST_SIZE;
    while (true) {
      byte[] buf = new byte[size];
      int n = LibcReadlink.INSTANCE.readlink(link, buf, new NativeLong(size)).intValue();
      // readlink truncates silently; a full buffer may mean the target was cut.
      if (n < size || size >= MAX_SIZE) {
        return Arrays.copyOf(buf, n);
      }
      size *= 4;
    }
  }
}
