package io.github.jpsutil.posix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class StatvfsTest {
  @Test
  void enoentBecomesNoSuchFileNamingThePath() {
    UncheckedIOException e = Statvfs.failure("/no/such", Errno.ENOENT);
    assertThat(e.getCause()).isInstanceOf(NoSuchFileException.class);
    assertThat(((NoSuchFileException) e.getCause()).getFile()).isEqualTo("/no/such");
    assertThat(e.getMessage()).contains("/no/such").contains("ENOENT");
  }

  @Test
  void eaccesBecomesAccessDenied() {
    UncheckedIOException e = Statvfs.failure("/secret/x", Errno.EACCES);
    assertThat(e.getCause()).isInstanceOf(AccessDeniedException.class);
    assertThat(((AccessDeniedException) e.getCause()).getFile()).isEqualTo("/secret/x");
  }

  @Test
  void enotdirBecomesNotDirectory() {
    assertThat(Statvfs.failure("/etc/passwd/x", Statvfs.ENOTDIR).getCause())
        .isInstanceOf(NotDirectoryException.class);
  }

  @Test
  void otherErrnoNamesTheCallAndTheNumber() {
    UncheckedIOException e = Statvfs.failure("/mnt/nfs", 5);
    assertThat(e.getMessage()).contains("statvfs(/mnt/nfs)").contains("errno 5");
  }

  @Test
  void nulInPathIsRejected() {
    assertThatThrownBy(() -> Statvfs.query("/tmp\0/x", 112))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NUL");
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC, OS.FREEBSD, OS.SOLARIS})
  void liveCallsRaiseNoSuchFileForAMissingPath() {
    assertThatThrownBy(() -> Statvfs.query("/definitely/not/here/jpsutil", 512))
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(NoSuchFileException.class);
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC, OS.FREEBSD, OS.SOLARIS})
  void liveCallFillsTheBuffer() {
    // Whatever the OS's layout, a real filesystem has a non-zero block size in the first word.
    var buf = Statvfs.query("/", 512);
    assertThat(buf.capacity()).isEqualTo(512);
    assertThat(buf.getInt(0) != 0 || buf.getInt(4) != 0).isTrue();
  }
}
