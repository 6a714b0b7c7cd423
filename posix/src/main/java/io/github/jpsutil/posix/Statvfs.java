package io.github.jpsutil.posix;

import com.sun.jna.LastErrorException;
import io.github.jpsutil.posix.jna.LibcStatvfs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Arrays;

/**
 * {@code statvfs(3)} for the Unix backends: the call and its errors here, the decoding of {@code
 * struct statvfs} (whose layout is per OS) in each backend's parse layer.
 */
public final class Statvfs {
  private Statvfs() {}

  /** ENOTDIR: 20 on Linux, macOS, FreeBSD and illumos alike ({@code sys/errno.h}). */
  static final int ENOTDIR = 20;

  private static final Charset FILE_NAMES = fileNameCharset();

  /**
   * Calls {@code statvfs(path)} and returns the struct's bytes in native byte order. A relative
   * path is resolved by the kernel against the process's working directory, as psutil's {@code
   * os.statvfs} does.
   *
   * @param path the file or directory; must not contain NUL
   * @param structSize {@code sizeof(struct statvfs)} on the calling OS, in bytes
   * @return the {@code struct statvfs} the call filled, {@code structSize} bytes in native order
   * @throws UncheckedIOException wrapping {@link NoSuchFileException} (ENOENT), {@link
   *     AccessDeniedException} (EACCES), {@link NotDirectoryException} (ENOTDIR), or naming statvfs
   *     and errno otherwise
   */
  public static ByteBuffer query(String path, int structSize) {
    if (path.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("path must not contain a NUL character: " + path);
    }
    if (structSize <= 0) {
      throw new IllegalArgumentException("structSize must be > 0, got " + structSize);
    }
    byte[] encoded = path.getBytes(FILE_NAMES);
    byte[] cPath = Arrays.copyOf(encoded, encoded.length + 1); // the trailing NUL
    byte[] buf = new byte[structSize];
    try {
      LibcStatvfs.statvfs(cPath, buf);
    } catch (LastErrorException e) {
      throw failure(path, e.getErrorCode());
    }
    return ByteBuffer.wrap(buf).order(ByteOrder.nativeOrder());
  }

  /**
   * The exception for a failed {@code statvfs(path)}, for backends that call it through a seam of
   * their own and get the errno back.
   *
   * @param path the path given to statvfs
   * @param errno the error number it left
   * @return an UncheckedIOException whose cause is NoSuchFileException (ENOENT),
   *     AccessDeniedException (EACCES, EPERM), NotDirectoryException (ENOTDIR) or an IOException
   *     naming the call and errno
   */
  public static UncheckedIOException failure(String path, int errno) {
    String why = "statvfs failed: " + NativeErrors.describe(errno);
    IOException cause =
        switch (errno) {
          case Errno.ENOENT -> new NoSuchFileException(path, null, why);
          case Errno.EACCES, Errno.EPERM -> new AccessDeniedException(path, null, why);
          case ENOTDIR -> new NotDirectoryException(path);
          default ->
              new IOException("statvfs(" + path + ") failed: " + NativeErrors.describe(errno));
        };
    return new UncheckedIOException(cause.getMessage(), cause);
  }

  /**
   * The charset the JDK uses for file names ({@code sun.jnu.encoding}), so that a path reaches the
   * kernel with the same bytes {@link java.nio.file.Files} would use; UTF-8 if it is not set.
   */
  private static Charset fileNameCharset() {
    String name = System.getProperty("sun.jnu.encoding");
    try {
      return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }
}
