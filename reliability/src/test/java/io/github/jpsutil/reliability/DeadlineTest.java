package io.github.jpsutil.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.TimeoutExpired;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * No hangs: a filesystem that stops answering, made here with FUSE ({@code bindfs} in the
 * foreground, then SIGSTOP), blocks {@code statvfs} and a {@code stat} through a process's fd link
 * for as long as it is stopped. {@code diskUsage(path, timeout)} and {@code withTimeout} give up
 * with TimeoutExpired instead, and repeated calls on the dead mount do not pile up threads. The
 * mount and every process are removed in {@link #cleanUp()}, which runs even when a test fails.
 */
@Tag("reliability")
@EnabledOnOs(OS.LINUX)
class DeadlineTest {
  private static Path dir;
  private static Path mount;
  private static Process daemon;
  private static Process holder;
  private static final Psutil ps = Psutil.builder().build();

  @BeforeAll
  static void mountAndStop() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/bindfs")), "needs bindfs (apt-get install)");
    assumeTrue(Files.exists(Path.of("/dev/fuse")), "needs /dev/fuse");
    assumeTrue(Children.canChooseNextPid(), "needs root to mount");
    dir = Files.createTempDirectory("jpsutil-fuse");
    Path source = Files.createDirectories(dir.resolve("source"));
    Files.writeString(source.resolve("file"), "data");
    mount = Files.createDirectories(dir.resolve("mount"));
    // -f: the daemon is our child, so we can stop it; no attribute caching, so every stat asks it.
    daemon =
        new ProcessBuilder(
                "bindfs",
                "-f",
                "-o",
                "attr_timeout=0,entry_timeout=0",
                source.toString(),
                mount.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!mounted() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(mounted()).as("bindfs mounted " + mount).isTrue();
    holder =
        new ProcessBuilder("sh", "-c", "exec sleep 1000 < \"$1\"", "holder", mount + "/file")
            .start();
    assertThat(Children.awaitComm(holder, "sleep")).isTrue();
    Tools.run("kill", "-STOP", Long.toString(daemon.pid()));
  }

  private static boolean mounted() throws IOException {
    return Files.readString(Path.of("/proc/self/mountinfo")).contains(" " + mount + " ");
  }

  @AfterAll
  static void cleanUp() throws Exception {
    if (daemon != null) {
      Tools.run("kill", "-CONT", Long.toString(daemon.pid()));
    }
    if (holder != null) {
      Children.kill(holder);
    }
    if (daemon != null) {
      daemon.destroy(); // bindfs unmounts on SIGTERM
      if (!daemon.waitFor(10, TimeUnit.SECONDS)) {
        Children.kill(daemon);
      }
    }
    if (mount != null && mounted()) {
      new ProcessBuilder("fusermount", "-u", "-z", mount.toString()).start().waitFor();
    }
    if (mount != null) {
      assertThat(mounted()).as("unmounted").isFalse();
      Files.deleteIfExists(dir.resolve("source/file"));
      Files.deleteIfExists(dir.resolve("source"));
      Files.deleteIfExists(mount);
      Files.deleteIfExists(dir);
    }
  }

  private static long boundedThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("jpsutil-bounded-"))
        .count();
  }

  @Test
  void diskUsageOfAStoppedFilesystemTimesOut() throws Exception {
    long t0 = System.nanoTime();
    assertThatThrownBy(() -> ps.diskUsage(mount.toString(), Duration.ofMillis(300)))
        .isInstanceOf(TimeoutExpired.class)
        .hasMessageContaining("timeout after 0.3 seconds");
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    assertThat(tookMs).isBetween(300L, 3000L);
    Figures.put("deadline.disk_usage_gave_up_after_ms_for_300", tookMs);

    // Polling the dead mount again and again joins the one blocked call: no thread pile-up.
    long before = boundedThreads();
    for (int i = 0; i < 20; i++) {
      assertThatThrownBy(() -> ps.diskUsage(mount.toString(), Duration.ofMillis(20)))
          .isInstanceOf(TimeoutExpired.class);
    }
    long after = boundedThreads();
    assertThat(after - before).as("threads added by 20 more calls").isLessThanOrEqualTo(1);
    Figures.put("deadline.threads_added_by_20_more_calls", after - before);

    // Another filesystem still answers.
    assertThat(ps.diskUsage("/", Duration.ofSeconds(10)).total()).isPositive();
  }

  @Test
  void openFilesOfAProcessHoldingAFileThereTimesOut() throws Exception {
    OsProcess p = ps.process((int) holder.pid());
    long t0 = System.nanoTime();
    assertThatThrownBy(() -> ps.withTimeout(Duration.ofMillis(300), p::openFiles))
        .isInstanceOf(TimeoutExpired.class);
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    assertThat(tookMs).isBetween(300L, 3000L);
    Figures.put("deadline.open_files_gave_up_after_ms_for_300", tookMs);
    // What does not touch the filesystem still answers through the same gate.
    assertThat(ps.withTimeout(Duration.ofSeconds(10), p::cmdline))
        .isEqualTo(List.of("sleep", "1000"));
  }
}
