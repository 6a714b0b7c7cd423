package io.github.jpsutil.linux.acquire;

import io.github.jpsutil.posix.Errno;
import io.github.jpsutil.posix.ErrnoText;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** What a failed procfs access means, from the JDK exception or the errno of a libc call. */
enum FileError {
  /** ENOENT: the file (or the whole process directory) is not there. */
  MISSING,
  /** ESRCH: the kernel has no task, or no address space, behind the file. */
  NO_PROCESS,
  /** EACCES or EPERM. */
  DENIED,
  /** EINVAL from readlink: not a symbolic link. */
  NOT_A_LINK,
  /** ENAMETOOLONG from readlink. */
  NAME_TOO_LONG,
  /** Anything else: reported as an I/O failure naming the file. */
  OTHER;

  /** ENAMETOOLONG on Linux (asm-generic/errno.h); not shared with the other Unixes. */
  static final int ENAMETOOLONG_LINUX = 36;

  static FileError of(IOException e) {
    if (e instanceof NoSuchFileException) {
      return MISSING;
    }
    if (e instanceof AccessDeniedException) {
      return DENIED;
    }
    // The JDK has no exception type for ESRCH or EPERM, and a failing read(2) (procfs checks
    // some permissions only then, e.g. /proc/PID/io) is a plain IOException: only the strerror
    // text tells.
    return ofReason(e instanceof FileSystemException fse ? fse.getReason() : e.getMessage());
  }

  /**
   * The kind of a strerror text. The C locale's texts are compared first, so the common case needs
   * no native call; only an unknown text is compared with the current locale's translations ({@link
   * ErrnoText#localized}, which calls into libc).
   */
  static FileError ofReason(String reason) {
    if (reason == null) {
      return OTHER;
    }
    switch (reason) {
      case "No such file or directory":
        return MISSING;
      case "No such process":
        return NO_PROCESS;
      case "Permission denied":
      case "Operation not permitted":
        return DENIED;
      default:
        break;
    }
    if (ErrnoText.is(reason, Errno.ESRCH)) {
      return NO_PROCESS;
    }
    if (ErrnoText.is(reason, Errno.EPERM) || ErrnoText.is(reason, Errno.EACCES)) {
      return DENIED;
    }
    if (ErrnoText.is(reason, Errno.ENOENT)) {
      return MISSING;
    }
    return OTHER;
  }

  /** Whether {@code reason} is EPERM's text (which the JDK reports without a dedicated type). */
  static boolean isEperm(String reason) {
    if ("Permission denied".equals(reason)) {
      return false;
    }
    return "Operation not permitted".equals(reason) || ErrnoText.is(reason, Errno.EPERM);
  }

  /**
   * The JDK's exception for a failed native call on {@code file}: {@link NoSuchFileException},
   * {@link AccessDeniedException}, else a {@link FileSystemException} whose reason is {@code
   * strerror(errno)}, so that {@link #of(IOException)} reads it as it reads the JDK's own.
   */
  static IOException exception(String file, int errno) {
    return switch (errno) {
      case Errno.ENOENT -> new NoSuchFileException(file);
      case Errno.EACCES -> new AccessDeniedException(file);
      default -> new FileSystemException(file, null, ErrnoText.localized(errno));
    };
  }

  static FileError ofErrno(int errno) {
    return switch (errno) {
      case Errno.ENOENT -> MISSING;
      case Errno.ESRCH -> NO_PROCESS;
      case Errno.EACCES, Errno.EPERM -> DENIED;
      case Errno.EINVAL -> NOT_A_LINK;
      case ENAMETOOLONG_LINUX -> NAME_TOO_LONG;
      default -> OTHER;
    };
  }

  /**
   * Vanished in the meantime (psutil catches FileNotFoundError and ProcessLookupError together).
   */
  boolean isGone() {
    return this == MISSING || this == NO_PROCESS;
  }
}
