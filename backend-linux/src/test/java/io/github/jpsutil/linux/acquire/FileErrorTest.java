package io.github.jpsutil.linux.acquire;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.posix.Errno;
import io.github.jpsutil.posix.ErrnoText;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

@EnabledOnOs(OS.LINUX)
class FileErrorTest {
  @Test
  void jdkExceptionTypesAndStrerrorReasons() {
    assertThat(FileError.of(new NoSuchFileException("/proc/1/x"))).isEqualTo(FileError.MISSING);
    assertThat(FileError.of(new AccessDeniedException("/proc/1/x"))).isEqualTo(FileError.DENIED);
    assertThat(FileError.of(new FileSystemException("/proc/1/x", null, "No such process")))
        .isEqualTo(FileError.NO_PROCESS);
    assertThat(FileError.of(new FileSystemException("/proc/1/x", null, "Operation not permitted")))
        .isEqualTo(FileError.DENIED);
    assertThat(
            FileError.of(
                new FileSystemException("/proc/1/x", null, ErrnoText.localized(Errno.ESRCH))))
        .isEqualTo(FileError.NO_PROCESS);
    assertThat(FileError.of(new FileSystemException("/proc/1/x", null, "Input/output error")))
        .isEqualTo(FileError.OTHER);
    assertThat(FileError.of(new IOException("x"))).isEqualTo(FileError.OTHER);
    // read(2) failures arrive as plain IOExceptions carrying strerror's text.
    assertThat(FileError.of(new IOException("Permission denied"))).isEqualTo(FileError.DENIED);
    assertThat(FileError.of(new IOException("No such process"))).isEqualTo(FileError.NO_PROCESS);
  }

  @Test
  void errnoOfLibcCalls() {
    assertThat(FileError.ofErrno(Errno.ENOENT)).isEqualTo(FileError.MISSING);
    assertThat(FileError.ofErrno(Errno.ESRCH)).isEqualTo(FileError.NO_PROCESS);
    assertThat(FileError.ofErrno(Errno.EPERM)).isEqualTo(FileError.DENIED);
    assertThat(FileError.ofErrno(Errno.EACCES)).isEqualTo(FileError.DENIED);
    assertThat(FileError.ofErrno(Errno.EINVAL)).isEqualTo(FileError.NOT_A_LINK);
    assertThat(FileError.ofErrno(36)).isEqualTo(FileError.NAME_TOO_LONG);
    assertThat(FileError.ofErrno(5)).isEqualTo(FileError.OTHER);
  }

  /** The real kernel: ESRCH really arrives as a FileSystemException with strerror's text. */
  @Test
  void realEsrchFromAKernelThreadsEnviron() {
    java.nio.file.Path environ = java.nio.file.Path.of("/proc/2/environ");
    try {
      java.nio.file.Files.readAllBytes(environ);
    } catch (IOException e) {
      assertThat(FileError.of(e)).isEqualTo(FileError.NO_PROCESS);
      return;
    }
    // Kernels before 6.x read it as empty instead: nothing to classify.
  }
}
