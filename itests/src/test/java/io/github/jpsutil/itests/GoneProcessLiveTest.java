package io.github.jpsutil.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.ZombieProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * A handle whose process was killed and reaped (psutil test_halfway_terminated_process and
 * assert_proc_gone): every getter, setter and signal raises NoSuchProcess, never ZombieProcess;
 * {@code waitFor(0)} returns at once; {@code isRunning()} is false. Checked for a plain handle and
 * for a {@code popen} one.
 */
@EnabledOnOs(OS.LINUX)
class GoneProcessLiveTest {
  private final Psutil ps = Psutil.local();
  private final LiveChildren children = new LiveChildren();

  @AfterEach
  void cleanUp() throws Exception {
    children.close();
  }

  /** NoSuchProcess, not ZombieProcess, with psutil's message and the name once it was known. */
  private static boolean raisesOnlyNoSuchProcess(Throwable t, int pid, Optional<String> name) {
    return t instanceof NoSuchProcess nsp
        && !(t instanceof ZombieProcess)
        && nsp.pid() == pid
        && nsp.msg().equals(NoSuchProcess.GONE)
        && nsp.name().equals(name);
  }

  private void assertGone(OsProcess p, Optional<String> name) throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Function<OsProcess, Object>> g : ProcessGetters.all().entrySet()) {
      if (g.getKey().equals("num_handles")) {
        assertThatThrownBy(() -> g.getValue().apply(p))
            .isInstanceOf(UnsupportedOperationException.class);
        continue;
      }
      try {
        wrong.add(g.getKey() + " returned " + g.getValue().apply(p));
      } catch (RuntimeException e) {
        if (!raisesOnlyNoSuchProcess(e, p.pid(), name)) {
          wrong.add(g.getKey() + " raised " + e);
        }
      }
    }
    for (Map.Entry<String, Consumer<OsProcess>> a : ProcessActions.all().entrySet()) {
      try {
        a.getValue().accept(p);
        wrong.add(a.getKey() + " returned");
      } catch (RuntimeException e) {
        if (!raisesOnlyNoSuchProcess(e, p.pid(), name)) {
          wrong.add(a.getKey() + " raised " + e);
        }
      }
    }
    assertThat(wrong).as("calls that did not raise NoSuchProcess").isEmpty();
    assertThat(p.isRunning()).isFalse();
    long start = System.nanoTime();
    p.waitFor(Duration.ZERO);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(200));
    assertThat(ps.pidExists(p.pid())).isFalse();
  }

  @Test
  void everyMethodOfAKilledAndReapedChildRaisesNoSuchProcess() throws Exception {
    Process child = children.start("sleep", "30");
    OsProcess p = ps.process((int) child.pid());
    child.destroyForcibly();
    child.waitFor();
    assertGone(p, Optional.empty());
    assertThat(p.waitFor(Duration.ZERO)).isEmpty();
  }

  @Test
  void everyMethodOfAKilledPopenChildRaisesNoSuchProcessAndWaitGivesItsCode() throws Exception {
    Process child = children.start("sleep", "30");
    OsProcess p = ps.popen(child);
    assertThat(p.name()).isEqualTo("sleep");
    p.kill();
    assertThat(p.waitFor()).hasValue(128 + 9);
    assertGone(p, Optional.of("sleep"));
    assertThat(p.waitFor(Duration.ZERO)).hasValue(128 + 9);
  }

  @Test
  void aPidThatNeverExistedCannotBeOpened() throws java.io.IOException {
    // Above pid_max no process or thread can exist; any pid below it may be a thread id, which
    // process() accepts (psutil gh-687), or be taken by another process meanwhile.
    // (Not Files.readString: on JDK 17 it reads a /proc/sys file as its first byte only.)
    int pidMax;
    try (var in = new java.io.FileInputStream("/proc/sys/kernel/pid_max")) {
      pidMax = Integer.parseInt(new String(in.readAllBytes()).strip());
    }
    for (int pid : new int[] {pidMax + 1, Integer.MAX_VALUE}) {
      assertThatThrownBy(() -> ps.process(pid))
          .isExactlyInstanceOf(NoSuchProcess.class)
          .hasMessageContaining("pid=" + pid);
      assertThat(ps.pidExists(pid)).isFalse();
    }
  }
}
