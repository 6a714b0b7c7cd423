package io.github.jpsutil.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.ProcessAttr;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.api.TimeoutExpired;
import io.github.jpsutil.api.ZombieProcess;
import java.time.Duration;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * A zombie through the public API (psutil docs/faq.rst "What is a zombie process?"; psutil
 * assert_proc_zombie). {@code sh -c 'sleep 0.2 & exec sleep 30'}: the exec'd {@code sleep 30} never
 * waits, so its child {@code sleep 0.2} stays a zombie once it exits.
 */
@EnabledOnOs(OS.LINUX)
class ZombieProcessLiveTest {
  private final Psutil ps = Psutil.local();
  private final LiveChildren children = new LiveChildren();
  private int parentPid;
  private int zombiePid;
  private OsProcess zombie;

  @BeforeEach
  void makeZombie() throws Exception {
    Process parent = children.start("sh", "-c", "sleep 0.2 & exec sleep 30");
    parentPid = (int) parent.pid();
    Eventually.until(
        Duration.ofSeconds(5),
        "a zombie child of " + parentPid,
        () -> parent.children().anyMatch(c -> ProcFs.statField(c.pid(), 3).equals("Z")));
    zombiePid = (int) parent.children().findFirst().orElseThrow().pid();
    zombie = ps.process(zombiePid);
  }

  @AfterEach
  void reap() throws Exception {
    // Killing the parent makes init reap the zombie.
    children.close();
  }

  @Test
  void statusIsZombieAndItStillCountsAsRunning() {
    assertThat(zombie.status()).isEqualTo(ProcessStatus.ZOMBIE);
    assertThat(OsTool.ps(zombiePid, "stat")).startsWith("Z");
    assertThat(zombie.isRunning()).isTrue();
    assertThat(ps.pidExists(zombiePid)).isTrue();
    assertThat(ps.pids()).contains(zombiePid);
    assertThat(ps.processIter()).extracting(OsProcess::pid).contains(zombiePid);
  }

  @Test
  void whatNeedsTheAddressSpaceRaisesZombieProcessWithThePpid() {
    Map<String, ThrowingCallable> calls =
        Map.of(
            "cmdline", zombie::cmdline,
            "exe", zombie::exe,
            "environ", zombie::environ,
            "cwd", zombie::cwd,
            "memory_maps(grouped=False)", zombie::memoryMapRegions,
            "memory_maps", zombie::memoryMaps);
    calls.forEach(
        (name, call) ->
            assertThatThrownBy(call)
                .as(name)
                .isInstanceOfSatisfying(
                    ZombieProcess.class,
                    z -> {
                      assertThat(z.pid()).isEqualTo(zombiePid);
                      assertThat(z.ppid()).hasValue(parentPid);
                    }));
  }

  @Test
  void whatTheKernelKeepsIsStillAnswered() {
    assertThat(zombie.name()).isEqualTo("sleep");
    assertThat(zombie.ppid()).isEqualTo(parentPid);
    assertThat(zombie.parent()).hasValueSatisfying(p -> assertThat(p.pid()).isEqualTo(parentPid));
    double clkTck = Double.parseDouble(OsTool.run("getconf", "CLK_TCK"));
    double fromStat = ProcFs.bootTime() + Long.parseLong(ProcFs.statField(zombiePid, 22)) / clkTck;
    assertThat(zombie.createTime().toEpochMilli() / 1000.0).isCloseTo(fromStat, within(1 / clkTck));
    assertThat(zombie.uids().real()).isEqualTo(Integer.parseInt(OsTool.ps(zombiePid, "uid")));
    assertThat(zombie.username()).isEqualTo(OsTool.ps(zombiePid, "user"));
    assertThat(zombie.numThreads()).isEqualTo(1);
    assertThat(zombie.nice()).isEqualTo(Integer.parseInt(OsTool.ps(zombiePid, "ni")));
    // psutil's observed values for a zombie (psutil/tests/__init__.py {@code assert_proc_zombie}):
    // no memory, no files.
    assertThat(zombie.memoryInfo().rss()).isZero();
    assertThat(zombie.memoryInfo().vms()).isZero();
    assertThat(zombie.numFds()).isZero();
    assertThat(zombie.openFiles()).isEmpty();
  }

  @Test
  void asDictCompletesWithTheAdValueForZombieErrors() {
    Map<ProcessAttr, Object> d = zombie.asDict(ps.processAttrs(), "AD");
    assertThat(d).containsOnlyKeys(ps.processAttrs());
    assertThat(d)
        .containsEntry(ProcessAttr.CMDLINE, "AD")
        .containsEntry(ProcessAttr.EXE, "AD")
        .containsEntry(ProcessAttr.ENVIRON, "AD")
        .containsEntry(ProcessAttr.CWD, "AD")
        .containsEntry(ProcessAttr.MEMORY_MAPS, "AD")
        .containsEntry(ProcessAttr.STATUS, ProcessStatus.ZOMBIE)
        .containsEntry(ProcessAttr.PPID, parentPid)
        .containsEntry(ProcessAttr.NAME, "sleep");
  }

  @Test
  void waitingTimesOutUntilTheParentReapsIt() {
    assertThatThrownBy(() -> zombie.waitFor(Duration.ZERO))
        .isInstanceOfSatisfying(TimeoutExpired.class, t -> assertThat(t.seconds()).isZero());
    assertThatThrownBy(() -> zombie.waitFor(Duration.ofMillis(50)))
        .isInstanceOf(TimeoutExpired.class);
  }

  @Test
  void signalsToOurOwnZombieRaiseNothingAndChangeNothing() {
    zombie.sendSignal(0);
    zombie.terminate();
    zombie.suspend();
    zombie.resume();
    assertThat(zombie.status()).isEqualTo(ProcessStatus.ZOMBIE);
    assertThat(zombie.isRunning()).isTrue();
  }
}
