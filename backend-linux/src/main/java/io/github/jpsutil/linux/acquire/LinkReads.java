package io.github.jpsutil.linux.acquire;

import com.sun.jna.LastErrorException;
import io.github.jpsutil.posix.NativeErrors;
import io.github.jpsutil.posix.Readlink;
import java.io.IOException;

/**
 * {@code readlink(2)} for {@link PidFiles}, with the raw target bytes (the JDK decodes targets and
 * turns bytes that are not UTF-8 into U+FFFD) and the exact errno. Its own class so that loading
 * {@link PidFiles} (every process scan) loads no JNA class: only reading a link does.
 */
final class LinkReads {
  private LinkReads() {}

  /** A failed readlink, with its errno. */
  static final class Failure extends IOException {
    private static final long serialVersionUID = 1L;

    private final int errno;

    Failure(String path, int errno) {
      super("readlink " + path + ": " + NativeErrors.describe(errno));
      this.errno = errno;
    }

    int errno() {
      return errno;
    }
  }

  /** The target of {@code path}, exactly as stored. */
  static byte[] read(String path) throws Failure {
    try {
      return Readlink.bytes(path);
    } catch (LastErrorException e) {
      throw new Failure(path, e.getErrorCode());
    }
  }
}
