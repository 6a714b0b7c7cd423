package io.github.jpsutil.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.spi.ProcessOps;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * A oneshot scope holds {@code /proc/<pid>/comm} open and reads it again after each other file
 * (OneshotCache): once its process is reaped, a file not yet cached raises NoSuchProcess, even when
 * a new process has taken the pid; closing the scope releases the descriptor.
 */
@EnabledOnOs(OS.LINUX)
class OneshotPinLiveTest {
  private static final Path NS_LAST_PID = Path.of("/proc/sys/kernel/ns_last_pid");

  private final LiveChildren children = new LiveChildren();

  @AfterEach
  void killChildren() throws InterruptedException {
    children.close();
  }

  /** This JVM's descriptors that are open on {@code /proc/<pid>/comm}. */
  private static long descriptorsOn(long pid) {
    Path self = Path.of("/proc/self/fd");
    Path dir = Path.of("/proc/" + pid + "/comm");
    long n = 0;
    for (String fd : new File(self.toString()).list()) {
      try {
        if (Files.readSymbolicLink(self.resolve(fd)).equals(dir)) {
          n++;
        }
      } catch (IOException e) {
        // the descriptor of the listing itself, closed by now
      }
    }
    return n;
  }

  private static void reap(Process p) throws InterruptedException {
    p.destroyForcibly();
    assertThat(p.waitFor(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aFileNotYetReadRaisesOnceTheProcessIsReaped() throws InterruptedException {
    Process child = children.sleeper();
    ProcessOps ops = ProcessLiveTest.PROCS.open((int) child.pid());
    ops.beginOneshot();
    try {
      assertThat(ops.name()).isEqualTo("sleep"); // stat, after the scope opened its witness
      assertThat(descriptorsOn(child.pid())).isEqualTo(1);
      reap(child);
      assertThatThrownBy(ops::memoryInfo).isInstanceOf(NoSuchProcess.class);
      assertThatThrownBy(ops::cmdline).isInstanceOf(NoSuchProcess.class);
      // stat was read while the process lived: the scope keeps answering from it.
      assertThat(ops.name()).isEqualTo("sleep");
    } finally {
      ops.endOneshot();
    }
    assertThat(descriptorsOn(child.pid())).isZero();
  }

  /**
   * The pid handed to a new process (as root, through {@code ns_last_pid}) between the scope's
   * first read and its next: the newcomer's files are not read.
   */
  @Test
  void aReusedPidIsNotReadThroughAnEarlierScope() throws InterruptedException {
    assumeTrue(Files.isWritable(NS_LAST_PID), "needs root to write " + NS_LAST_PID);
    for (int attempt = 0; attempt < 20; attempt++) {
      Process old = children.start("sleep", "1000");
      LiveChildren.awaitComm(old, "sleep");
      int pid = (int) old.pid();
      ProcessOps ops = ProcessLiveTest.PROCS.open(pid);
      ops.beginOneshot();
      try {
        ops.cpuTimes();
        Thread.sleep(30); // a start tick of its own for the newcomer
        reap(old);
        Process newcomer = startAt(pid);
        if (newcomer == null) {
          continue; // another process took the pid first: try again
        }
        assertThatThrownBy(ops::memoryInfo)
            .isInstanceOf(NoSuchProcess.class)
            .hasMessageContaining("reused");
        assertThatThrownBy(ops::cmdline).isInstanceOf(NoSuchProcess.class);
        return;
      } finally {
        ops.endOneshot();
      }
    }
    throw new AssertionError("no pid could be reused in 20 attempts");
  }

  private Process startAt(int pid) throws InterruptedException {
    try {
      Files.writeString(NS_LAST_PID, Integer.toString(pid - 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Process p = children.start("sleep", "1000");
    if (p.pid() != pid) {
      reap(p);
      return null;
    }
    return LiveChildren.awaitComm(p, "sleep");
  }
}
