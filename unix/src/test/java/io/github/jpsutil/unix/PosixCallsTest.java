package io.github.jpsutil.unix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.NoSuchProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The defaults reach the real calls: each is checked on Linux against a source that does not go
 * through libc the same way ({@code /proc/<pid>/stat}, {@code getconf}, the JDK's FileStore).
 */
@EnabledOnOs(OS.LINUX)
class PosixCallsTest {
  private static final PosixCalls CALLS = new PosixCalls() {};

  /** Field 19 of {@code /proc/<pid>/stat} (man 5 proc), counted after the comm's closing ')'. */
  private static int procNice(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Integer.parseInt(after[19 - 3]);
  }

  @Test
  void getpriorityIsTheNiceProcShows() throws IOException {
    long self = ProcessHandle.current().pid();
    assertThat(CALLS.getpriority((int) self)).isEqualTo(procNice(self));
  }

  @Test
  void setpriorityKillAndProbeActOnAChild() throws Exception {
    Process child = new ProcessBuilder("sleep", "30").start();
    try {
      int pid = (int) child.pid();
      CALLS.setpriority(pid, 7);
      assertThat(procNice(pid)).isEqualTo(7);
      CALLS.kill(pid, 0); // probe: exists and may be signalled
      CALLS.kill(pid, 15); // SIGTERM
      assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
      assertThat(child.exitValue()).isEqualTo(128 + 15);
      assertThatThrownBy(() -> CALLS.kill(pid, 0)).isInstanceOf(NoSuchProcess.class);
    } finally {
      child.destroyForcibly();
    }
  }

  @Test
  void sysconfPageSizeIsGetconfs() throws Exception {
    Process getconf = new ProcessBuilder("getconf", "PAGESIZE").start();
    String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
    assertThat(getconf.waitFor()).isZero();
    // _SC_PAGESIZE is 30 in Linux bits/confname.h.
    assertThat(CALLS.sysconf(30, "_SC_PAGESIZE")).isEqualTo(Long.parseLong(out.trim()));
  }

  @Test
  void statvfsBlockSizeIsTheFileStores() throws IOException {
    // Linux LP64 struct statvfs: f_bsize, an unsigned long, first; 112 bytes in all.
    long bsize = CALLS.statvfs("/", 112).getLong(0);
    assertThat(bsize).isEqualTo(Files.getFileStore(Path.of("/")).getBlockSize());
  }
}
