package io.github.jpsutil.posix;

import io.github.jpsutil.posix.jna.LibcStrerror;

/**
 * The messages the OS gives for an errno. The JDK reports EPERM and ESRCH from a file operation
 * only as a {@code FileSystemException} whose reason is {@code strerror(errno)} (it has dedicated
 * types for ENOENT and EACCES alone), so a backend that must tell them apart compares reasons with
 * these texts.
 */
public final class ErrnoText {
  private ErrnoText() {}

  /**
   * Whether {@code reason} is the text of {@code errno}: in the C locale, or in the current locale
   * (the JVM calls {@code setlocale(LC_ALL, "")}, so the JDK's texts may be translated).
   *
   * @param reason the text an exception or the OS gave
   * @param errno the error number
   * @return true if {@code reason} is {@code strerror(errno)} in either locale
   */
  public static boolean is(String reason, int errno) {
    if (reason == null) {
      return false;
    }
    String english =
        switch (errno) {
          case Errno.EPERM -> "Operation not permitted";
          case Errno.ESRCH -> "No such process";
          case Errno.ENOENT -> "No such file or directory";
          case Errno.EACCES -> "Permission denied";
          case Errno.EINVAL -> "Invalid argument";
          default -> null;
        };
    return reason.equals(english) || reason.equals(localized(errno));
  }

  /**
   * {@code strerror(errno)} in the current locale.
   *
   * @param errno the error number
   * @return the OS's text for it
   */
  public static String localized(int errno) {
    // glibc returns a pointer to a constant (translated) string for a known errno.
    return LibcStrerror.INSTANCE.strerror(errno);
  }
}
