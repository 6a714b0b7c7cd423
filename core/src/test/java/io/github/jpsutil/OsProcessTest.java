package io.github.jpsutil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.ProcessAttr;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.api.TimeoutExpired;
import io.github.jpsutil.api.ZombieProcess;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** psutil's Process semantics (psutil/__init__.py {@code Process}) over a scripted backend. */
class OsProcessTest {
  private final FakeBackend backend = new FakeBackend();
  private final Psutil psutil = backend.psutil();

  @Test
  void aReusedPidIsNeverSignalled() {
    backend.add(1, 1);
    backend.add(100, 500);
    OsProcess stale = psutil.process(100);
    backend.table.get(100).gone = true;
    FakeProcess newcomer = backend.add(100, 900);

    assertThatThrownBy(stale::kill)
        .isInstanceOf(NoSuchProcess.class)
        .hasMessageContaining("PID has been reused");
    assertThat(newcomer.signals).isEmpty();
    assertThat(stale.isRunning()).isFalse();
    assertThatThrownBy(() -> stale.nice(5)).hasMessageContaining("reused");
    assertThatThrownBy(stale::ppid).hasMessageContaining("reused");
  }

  @Test
  void signalsReachTheSameProcess() {
    backend.add(1, 1);
    FakeProcess p = backend.add(100, 500);
    OsProcess h = psutil.process(100);
    h.terminate();
    h.kill();
    h.suspend();
    h.resume();
    assertThat(p.signals).containsExactly(15, 9, 19, 18);
  }

  @Test
  void badSignalArgumentsAreRejected() {
    backend.add(0, 0);
    backend.add(100, 500);
    assertThatThrownBy(() -> psutil.process(100).sendSignal(65))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0..64");
    assertThatThrownBy(() -> psutil.process(0).kill())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PID 0");
    assertThatThrownBy(() -> psutil.process(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void longNamesAreCompletedFromTheCommandLine() {
    FakeProcess p = backend.add(100, 500);
    p.name = "kworker-averyl"; // 14 characters: not truncated, kept
    assertThat(psutil.process(100).name()).isEqualTo("kworker-averyl");
    p.name = "java-processing"; // 15 characters: the kernel truncated it
    p.cmdline = List.of("/opt/bin/java-processing-daemon", "--x");
    assertThat(psutil.process(100).name()).isEqualTo("java-processing-daemon");
    p.cmdline = List.of("/opt/bin/other");
    assertThat(psutil.process(100).name()).isEqualTo("java-processing");
    p.zombie = true; // cmdline raises ZombieProcess: the truncated name is returned
    assertThat(psutil.process(100).name()).isEqualTo("java-processing");
  }

  @Test
  void exeFallsBackToAnExecutableFirstArgument() {
    FakeProcess p = backend.add(100, 500);
    p.deniedExe = true;
    p.cmdline = List.of("/bin/sh", "-c", "x");
    assertThat(psutil.process(100).exe()).isEqualTo("/bin/sh");
    p.cmdline = List.of("relative/sh");
    assertThatThrownBy(() -> psutil.process(100).exe())
        .isInstanceOf(io.github.jpsutil.api.AccessDenied.class);
  }

  @Test
  void asDictSubstitutesDeniedAndZombieValues() {
    FakeProcess p = backend.add(100, 500);
    p.zombie = true;
    p.deniedExe = true;
    Map<ProcessAttr, Object> d =
        psutil
            .process(100)
            .asDict(EnumSet.of(ProcessAttr.CMDLINE, ProcessAttr.STATUS, ProcessAttr.PID), "AD");
    assertThat(d)
        .containsEntry(ProcessAttr.CMDLINE, "AD")
        .containsEntry(ProcessAttr.STATUS, ProcessStatus.ZOMBIE)
        .containsEntry(ProcessAttr.PID, 100);
    assertThat(d.keySet())
        .containsExactly(ProcessAttr.CMDLINE, ProcessAttr.PID, ProcessAttr.STATUS);
    assertThat(p.oneshotDepth).isZero();
  }

  @Test
  void asDictOfEverythingLeavesOutWhatThePlatformLacks() {
    backend.add(100, 500);
    Map<ProcessAttr, Object> d = psutil.process(100).asDict();
    assertThat(d).doesNotContainKey(ProcessAttr.NUM_HANDLES).doesNotContainKey(ProcessAttr.IONICE);
    assertThat(d).containsEntry(ProcessAttr.NUM_FDS, 3).containsEntry(ProcessAttr.USERNAME, "1000");
    assertThatThrownBy(() -> psutil.process(100).asDict(Set.of(ProcessAttr.NUM_HANDLES), null))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void asDictPropagatesNoSuchProcess() {
    FakeProcess p = backend.add(100, 500);
    OsProcess h = psutil.process(100);
    p.gone = true;
    assertThatThrownBy(() -> h.asDict(Set.of(ProcessAttr.NAME), null))
        .isInstanceOf(NoSuchProcess.class)
        .isNotInstanceOf(ZombieProcess.class);
  }

  @Test
  void processIterReusesHandlesAndPrefetches() {
    backend.add(1, 1);
    FakeProcess p = backend.add(100, 500);
    List<OsProcess> first = psutil.processIter();
    List<OsProcess> second = psutil.processIter(List.of("name", "username"), null);
    assertThat(second.get(1)).isSameAs(first.get(1));
    assertThat(second.get(1).info()).containsEntry(ProcessAttr.NAME, "fake");
    p.name = "renamed";
    assertThat(second.get(1).name()).as("prefetched value wins").isEqualTo("fake");
    assertThat(psutil.processIter().get(1).name()).isEqualTo("renamed");
  }

  @Test
  void aPrefetchedMissingTerminalIsAnEmptyOptional() {
    backend.add(100, 500);
    OsProcess p = psutil.processIter(Set.of(ProcessAttr.TERMINAL), null).get(0);
    assertThat(p.info()).containsEntry(ProcessAttr.TERMINAL, null);
    assertThat(p.terminal()).isEmpty();
  }

  @Test
  void processIterSkipsTheGoneAndKeepsZombies() {
    backend.add(1, 1);
    backend.add(100, 500).zombie = true;
    FakeProcess gone = backend.add(200, 600);
    psutil.processIter();
    gone.gone = true;
    List<OsProcess> now = psutil.processIter(Set.of(ProcessAttr.CMDLINE), null);
    assertThat(now).extracting(OsProcess::pid).containsExactly(1, 100);
    assertThat(now.get(1).info()).containsEntry(ProcessAttr.CMDLINE, null);
  }

  /**
   * A denied or zombie attribute is adValue in info(), but its typed getter raises what the
   * prefetch got, never a ClassCastException at the caller (the reliability suite's ChurnTest hit
   * one with adValue "denied").
   */
  @Test
  void aPrefetchedDeniedAttributeRaisesItsExceptionAgain() {
    backend.add(1, 1);
    backend.add(100, 500).zombie = true;
    OsProcess z =
        psutil.processIter(Set.of(ProcessAttr.CMDLINE, ProcessAttr.NAME), "denied").get(1);
    assertThat(z.info()).containsEntry(ProcessAttr.CMDLINE, "denied");
    assertThatThrownBy(z::cmdline).isInstanceOf(ZombieProcess.class);
    assertThat(z.name()).isEqualTo("fake");
  }

  @Test
  void aPrefetchedTerminalIsStillAnOptional() {
    backend.add(1, 1);
    backend.add(100, 500);
    OsProcess p = psutil.processIter(Set.of(ProcessAttr.TERMINAL), null).get(1);
    assertThat(p.info()).containsKey(ProcessAttr.TERMINAL);
    assertThat(p.terminal())
        .isEqualTo(Optional.ofNullable((String) p.info().get(ProcessAttr.TERMINAL)));
  }

  @Test
  void processIterReplacesAHandleWhosePidWasReused() {
    backend.add(100, 500);
    OsProcess old = psutil.processIter().get(0);
    backend.table.get(100).gone = true;
    backend.add(100, 900);
    assertThat(old.isRunning()).isFalse();
    OsProcess fresh = psutil.processIter().get(0);
    assertThat(fresh).isNotSameAs(old).isNotEqualTo(old);
  }

  @Test
  void processIterWithAttrsNoticesAReusedPidWithoutBeingTold() {
    backend.add(100, 500);
    OsProcess old = psutil.processIter(Set.of(ProcessAttr.NAME), null).get(0);
    backend.table.get(100).gone = true;
    backend.add(100, 900).name = "newcomer";
    OsProcess fresh = psutil.processIter(Set.of(ProcessAttr.NAME), null).get(0);
    assertThat(fresh).isNotSameAs(old).isNotEqualTo(old);
    assertThat(fresh.info()).containsEntry(ProcessAttr.NAME, "newcomer");
    assertThat(old.isRunning()).as("the reuse is recorded on the old handle").isFalse();
  }

  @Test
  void cpuPercentMeasuresBetweenCallsPerHandle() throws Exception {
    FakeProcess p = backend.add(100, 500);
    OsProcess h = psutil.process(100);
    assertThat(h.cpuPercent()).isZero();
    Thread.sleep(200);
    p.user += 0.1;
    double pct = h.cpuPercent();
    // 0.1 s of CPU in at least 0.2 s of wall time: at most 50 %, and more than 0.
    assertThat(pct).isGreaterThan(0).isLessThanOrEqualTo(50.0);
  }

  @Test
  void childrenSkipYoungerParentsPidReuse() {
    backend.add(1, 1);
    backend.add(100, 500);
    backend.add(101, 600).ppid = 100;
    backend.add(102, 400).ppid = 100; // started before 100: its real parent is gone
    backend.add(103, 700).ppid = 101;
    OsProcess parent = psutil.process(100);
    assertThat(parent.children()).extracting(OsProcess::pid).containsExactly(101);
    assertThat(parent.children(true))
        .extracting(OsProcess::pid)
        .containsExactlyInAnyOrder(101, 103);
    assertThat(psutil.process(103).parents())
        .extracting(OsProcess::pid)
        .containsExactly(101, 100, 1);
    assertThat(psutil.process(1).parent()).isEmpty();
  }

  @Test
  void waitForANonChildReturnsNoCodeAndTimesOut() throws Exception {
    FakeProcess p = backend.add(100, 500);
    OsProcess h = psutil.process(100);
    assertThatThrownBy(() -> h.waitFor(Duration.ZERO))
        .isInstanceOf(TimeoutExpired.class)
        .hasMessageContaining("timeout after 0 seconds");
    assertThatThrownBy(() -> h.waitFor(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    p.gone = true;
    assertThat(h.waitFor(Duration.ZERO)).isEmpty();
  }

  /**
   * A backend that tells a non-parent the exit code (Windows' GetExitCodeProcess): waitFor returns
   * it and returnCode keeps it, as psutil caches {@code _exitcode}.
   */
  @Test
  void waitForANonChildReturnsTheCodeTheBackendReports() throws Exception {
    FakeProcess p = backend.add(100, 500);
    OsProcess h = psutil.process(100);
    p.exitCode = 15;
    p.gone = true;
    assertThat(h.waitFor(Duration.ZERO)).hasValue(15);
    assertThat(h.returnCode()).hasValue(15);
  }

  @Test
  void waitProcsSplitsGoneAndAlive() throws Exception {
    FakeProcess a = backend.add(100, 500);
    backend.add(101, 501);
    List<OsProcess> procs = List.of(psutil.process(100), psutil.process(101));
    a.gone = true;
    List<Integer> called = new java.util.ArrayList<>();
    WaitResult r = psutil.waitProcs(procs, Duration.ofMillis(50), p -> called.add(p.pid()));
    assertThat(r.gone()).extracting(OsProcess::pid).containsExactly(100);
    assertThat(r.alive()).extracting(OsProcess::pid).containsExactly(101);
    assertThat(called).containsExactly(100);
  }

  @Test
  void affinityMustNameEligibleCpus() {
    backend.add(100, 500);
    assertThatThrownBy(() -> psutil.process(100).cpuAffinity(List.of(0, 7)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid CPU 7")
        .hasMessageContaining("[0, 1]");
  }

  @Test
  void memoryPercentUsesAnyMemoryField() {
    backend.add(100, 500);
    OsProcess h = psutil.process(100);
    assertThat(h.memoryPercent()).isEqualTo(4096 * 100.0 / 409600);
    assertThat(h.memoryPercent("uss")).isEqualTo(2048 * 100.0 / 409600);
    assertThatThrownBy(() -> h.memoryPercent("bogus"))
        .hasMessageContaining("invalid memtype 'bogus'")
        .hasMessageContaining("rss");
  }

  @Test
  void ioniceArgumentsFollowPsutilsRules() {
    backend.add(100, 500);
    OsProcess h = psutil.process(100);
    assertThatThrownBy(() -> h.ionice(io.github.jpsutil.api.IoPriorityClass.BE, 8))
        .hasMessageContaining("0..7");
    assertThatThrownBy(() -> h.ionice(io.github.jpsutil.api.IoPriorityClass.IDLE, 3))
        .hasMessageContaining("accepts no value");
    assertThatThrownBy(() -> h.nice(21)).hasMessageContaining("-20..20");
  }

  @Test
  void equalityIsPidAndStartTime() {
    backend.add(100, 500);
    OsProcess a = psutil.process(100);
    OsProcess b = psutil.process(100);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
  }

  @Test
  void createTimeIsCachedAfterTheFirstCallOnlyAsInPsutil() {
    backend.add(1, 1);
    FakeProcess p = backend.add(100, 500);
    OsProcess asked = psutil.process(100);
    OsProcess notAsked = psutil.process(100);
    var before = asked.createTime();
    p.gone = true;
    assertThat(asked.createTime()).isEqualTo(before);
    assertThatThrownBy(notAsked::createTime)
        .isExactlyInstanceOf(NoSuchProcess.class)
        .hasMessage("process no longer exists (pid=100)");
  }

  @Test
  void identityChecksOnAGoneProcessSayItNoLongerExists() {
    backend.add(1, 1);
    FakeProcess p = backend.add(100, 500);
    OsProcess h = psutil.process(100);
    h.name();
    p.gone = true;
    for (var call :
        List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
            h::ppid, h::children, () -> h.nice(5), () -> h.cpuAffinity(List.of()))) {
      assertThatThrownBy(call)
          .isExactlyInstanceOf(NoSuchProcess.class)
          .hasMessage("process no longer exists (pid=100, name='fake')");
    }
  }
}
