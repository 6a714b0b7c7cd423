package io.github.jpsutil.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.linux.parse.Utmp;
import io.github.jpsutil.spi.BackendConfig;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LinuxHost over a temporary procfs and root: pids, threads, boot time, utmp locations. */
class LinuxHostFixtureTest {
  @TempDir Path tmp;
  private Path proc;
  private Path root;
  private LinuxHost host;

  @BeforeEach
  void tree() throws IOException {
    proc = Files.createDirectories(tmp.resolve("proc"));
    root = Files.createDirectories(tmp.resolve("root"));
    host = new LinuxHost(new LinuxFiles(new BackendConfig(proc, tmp.resolve("sys"), root)));
    Files.writeString(proc.resolve("stat"), "cpu  1 2 3 4\nbtime 1700000123\n");
    status(1, 1);
    status(300, 300);
    status(301, 300); // a thread of 300: /proc/301 exists but is not listed in real procfs
    status(20, 20);
    Files.createDirectories(proc.resolve("self"));
    Files.createDirectories(proc.resolve("sys"));
  }

  private void status(int pid, int tgid) throws IOException {
    Path dir = Files.createDirectories(proc.resolve(Integer.toString(pid)));
    Files.writeString(dir.resolve("status"), "Name:\tx\nTgid:\t" + tgid + "\nPid:\t" + pid + "\n");
  }

  @Test
  void pidsAreTheNumericEntriesAscending() {
    assertThat(host.pids()).containsExactly(1, 20, 300, 301);
  }

  @Test
  void aThreadIsNotAProcess() {
    assertThat(host.pidExists(300)).isTrue();
    assertThat(host.pidExists(301)).isFalse(); // Tgid 300
    assertThat(host.pidExists(0)).isFalse();
    assertThat(host.pidExists(999)).isFalse();
    assertThatThrownBy(() -> host.pidExists(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pid");
  }

  @Test
  void anUnreadableStatusFallsBackToTheListing() throws IOException {
    Files.createDirectories(proc.resolve("42")); // no status file: gone between the two reads
    assertThat(host.pidExists(42)).isTrue(); // listed, as psutil's `pid in pids()`
  }

  @Test
  void bootTimeIsBtime() {
    assertThat(host.bootTime()).isEqualTo(Instant.ofEpochSecond(1700000123));
  }

  @Test
  void noUtmpFileMeansNoUsers() {
    assertThat(host.users()).isEmpty();
  }

  @Test
  void runUtmpIsTheFallbackForVarRunUtmp() throws IOException {
    Files.createDirectories(root.resolve("run"));
    Files.write(root.resolve("run/utmp"), oneUserRecord("zoe", "pts/9"));
    assertThat(host.users()).singleElement().satisfies(u -> assertThat(u.name()).isEqualTo("zoe"));
    Files.createDirectories(root.resolve("var/run"));
    Files.write(root.resolve("var/run/utmp"), oneUserRecord("yan", "pts/8"));
    assertThat(host.users()).singleElement().satisfies(u -> assertThat(u.name()).isEqualTo("yan"));
  }

  /** A record in this machine's layout (the one LinuxHost picks from os.arch). */
  private static byte[] oneUserRecord(String user, String tty) {
    boolean lp64 = System.getProperty("os.arch").matches("aarch64|riscv64|loongarch64");
    Utmp.Layout layout = lp64 ? Utmp.Layout.LP64 : Utmp.Layout.TIME32;
    ByteBuffer b = ByteBuffer.allocate(layout.recordSize()).order(ByteOrder.nativeOrder());
    b.putShort(0, (short) Utmp.USER_PROCESS);
    b.putInt(4, 77);
    b.put(8, tty.getBytes(StandardCharsets.US_ASCII));
    b.put(44, user.getBytes(StandardCharsets.US_ASCII));
    return b.array();
  }
}
