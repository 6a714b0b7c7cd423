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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * A oneshot scope holds {@code /proc/<pid>/statm} open and reads it again after each other file
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

  /** This JVM's descriptors that are open on {@code /proc/<pid>/statm}. */
  private static long descriptorsOn(long pid) {
    Path self = Path.of("/proc/self/fd");
    Path dir = Path.of("/proc/" + pid + "/statm");
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
    ProcessOps ops = reusedInScope(false);
    try {
      assertThatThrownBy(ops::memoryInfo)
          .isInstanceOf(NoSuchProcess.class)
          .hasMessageContaining("reused");
      assertThatThrownBy(ops::cmdline).isInstanceOf(NoSuchProcess.class);
    } finally {
      ops.endOneshot();
    }
  }

  /**
   * A handle whose scope ({@code batch}: a batch, else a plain oneshot) was opened and read once
   * before its process was reaped and the pid handed to a new one; the scope is still open.
   */
  private ProcessOps reusedInScope(boolean batch) throws InterruptedException {
    for (int attempt = 0; attempt < 20; attempt++) {
      Process old = children.start("sleep", "1000");
      LiveChildren.awaitComm(old, "sleep");
      int pid = (int) old.pid();
      ProcessOps ops = ProcessLiveTest.PROCS.open(pid);
      if (batch) {
        ops.beginBatch();
      } else {
        ops.beginOneshot();
      }
      ops.cpuTimes();
      Thread.sleep(30); // a start tick of its own for the newcomer
      reap(old);
      if (startAt(pid) != null) {
        return ops;
      }
      ops.endOneshot(); // another process took the pid first: try again
    }
    throw new AssertionError("no pid could be reused in 20 attempts");
  }

  /**
   * A batch's owner reads without a witness read after each file; another thread that takes a value
   * the owner read gets it only once the witness was read, which fails once the process is reaped.
   */
  @Test
  void aValueTheBatchReadIsWitnessedBeforeAnotherThreadGetsIt() throws Exception {
    Process child = children.sleeper();
    ProcessOps ops = ProcessLiveTest.PROCS.open((int) child.pid());
    ops.beginBatch();
    try {
      assertThat(ops.cmdline()).containsExactly("sleep", "1000");
      reap(child);
      assertThat(ops.name()).as("stat carries its own check").isEqualTo("sleep");
      CompletableFuture<List<String>> other = CompletableFuture.supplyAsync(ops::cmdline);
      assertThatThrownBy(other::join).hasCauseInstanceOf(NoSuchProcess.class);
    } finally {
      ops.endOneshot(); // ends the scope without the batch's check, which would fail as well
    }
    assertThat(descriptorsOn(child.pid())).isZero();
  }

  /** A batch ends with a witness read: a process reaped during the batch fails it. */
  @Test
  void aBatchWhoseProcessWasReapedFailsWhenItEnds() throws InterruptedException {
    Process child = children.sleeper();
    ProcessOps ops = ProcessLiveTest.PROCS.open((int) child.pid());
    ops.beginBatch();
    assertThat(ops.cmdline()).containsExactly("sleep", "1000");
    reap(child);
    assertThatThrownBy(ops::endBatch).isInstanceOf(NoSuchProcess.class);
    assertThat(descriptorsOn(child.pid())).as("the scope ended all the same").isZero();
    assertThatThrownBy(ops::endOneshot).isInstanceOf(IllegalStateException.class);
  }

  /**
   * The pid handed to a new process between a batch's stat read and its read of cmdline: the
   * newcomer's command line was read by path, and the batch fails when it ends.
   */
  @Test
  void aBatchWhosePidWasReusedFailsWhenItEnds() throws InterruptedException {
    assumeTrue(Files.isWritable(NS_LAST_PID), "needs root to write " + NS_LAST_PID);
    ProcessOps ops = reusedInScope(true);
    assertThat(ops.cmdline()).as("the newcomer's, not yet witnessed").isNotEmpty();
    assertThatThrownBy(ops::endBatch)
        .isInstanceOf(NoSuchProcess.class)
        .hasMessageContaining("reused");
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
