package io.github.jpsutil.itests;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.OpenFile;
import io.github.jpsutil.api.PageFaults;
import io.github.jpsutil.api.Rlimit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a process uses, through the public API, for this JVM and for a child, against procps,
 * util-linux and the test's own reading of {@code /proc}. The child is {@code sh -c 'exec
 * 3</etc/hostname; sleep 30'}: whether sh forks or execs sleep, its pid holds fd 3.
 */
@EnabledOnOs(OS.LINUX)
class ProcessResourcesLiveTest {
  private final Psutil ps = Psutil.local();
  private final LiveChildren children = new LiveChildren();
  private Process child;

  @BeforeEach
  void startChild() throws Exception {
    child = children.start("sh", "-c", "exec 3</etc/hostname; sleep 30");
    // fd 3 exists once the redirection ran.
    Eventually.until(
        java.time.Duration.ofSeconds(5),
        "fd 3 of the child",
        () -> Files.exists(Path.of("/proc", Long.toString(child.pid()), "fd", "3")));
  }

  @AfterEach
  void stopChild() throws Exception {
    children.close();
  }

  private long pidOf(Subject s) {
    return s == Subject.SELF ? ProcessHandle.current().pid() : child.pid();
  }

  private OsProcess processOf(Subject s) {
    return ps.process((int) pidOf(s));
  }

  @ParameterizedTest
  @EnumSource(Subject.class)
  void niceAndThreadsAgainstPs(Subject s) throws Exception {
    OsProcess p = processOf(s);
    assertThat(p.nice()).isEqualTo(Integer.parseInt(OsTool.ps(pidOf(s), "ni")));
    // The JVM starts and ends threads at any time: retry until both reads agree.
    Eventually.retry(
        20,
        () -> assertThat(p.numThreads()).isEqualTo(Integer.parseInt(OsTool.ps(pidOf(s), "nlwp"))));
    if (s == Subject.CHILD) {
      assertThat(p.numThreads()).isEqualTo(1);
    }
  }

  /** psutil test_rss_memory / test_vsz_memory: KiB exact, with retries for a moving JVM. */
  @ParameterizedTest
  @EnumSource(Subject.class)
  void memoryInfoAgainstPsRssVsz(Subject s) throws Exception {
    OsProcess p = processOf(s);
    Eventually.retry(
        20,
        () -> {
          // ps reads between our two reads: exact when the process holds still, and bracketed
          // by them when it does not (this JVM's own memory moves with JIT and GC).
          MemoryInfo before = p.memoryInfo();
          String[] kib = OsTool.ps(pidOf(s), "rss,vsz").trim().split("\\s+");
          MemoryInfo after = p.memoryInfo();
          assertThat(Long.parseLong(kib[0]))
              .isBetween(
                  Math.min(before.rss(), after.rss()) / 1024,
                  Math.max(before.rss(), after.rss()) / 1024);
          assertThat(Long.parseLong(kib[1]))
              .isBetween(
                  Math.min(before.vms(), after.vms()) / 1024,
                  Math.max(before.vms(), after.vms()) / 1024);
        });
  }

  @ParameterizedTest
  @EnumSource(Subject.class)
  void affinityRlimitAndIoniceAgainstUtilLinux(Subject s) {
    OsProcess p = processOf(s);
    long pid = pidOf(s);
    assertThat(p.cpuAffinity()).containsExactlyElementsOf(CpuListText.taskset(pid));
    assertThat(p.rlimit(Rlimit.NOFILE)).isEqualTo(RlimitText.nofile(pid));
    assertThat(p.ionice()).isEqualTo(IoniceText.of(pid));
  }

  @Test
  void numFdsAndOpenFilesOfTheChild() {
    OsProcess p = processOf(Subject.CHILD);
    String listed = OsTool.run("sh", "-c", "ls /proc/" + child.pid() + "/fd | wc -l");
    assertThat(p.numFds()).isEqualTo(Integer.parseInt(listed));
    assertThat(p.openFiles())
        .filteredOn(f -> f.path().equals("/etc/hostname"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.fd()).isEqualTo(OptionalInt.of(3));
              assertThat(f).isInstanceOf(OpenFile.Linux.class);
              assertThat(((OpenFile.Linux) f).mode()).isEqualTo("r");
              assertThat(((OpenFile.Linux) f).position()).isZero();
            });
  }

  @Test
  void openFilesOfThisJvmSeeAFileItOpens() throws IOException {
    Path file = Files.createTempFile("jpsutil-open", ".txt");
    try (var out = Files.newOutputStream(file)) {
      out.write(new byte[1024]);
      out.flush();
      String real = file.toRealPath().toString();
      assertThat(ps.self().openFiles())
          .filteredOn(f -> f.path().equals(real))
          .singleElement()
          .satisfies(f -> assertThat(((OpenFile.Linux) f).position()).isEqualTo(1024));
    } finally {
      Files.delete(file);
    }
  }

  /**
   * Monotonic counters bracketed by two reads of the kernel's own lines: {@code stat} fields 10
   * (minflt) and 12 (majflt), {@code status} voluntary/nonvoluntary_ctxt_switches. For the sleeping
   * child both reads are equal, so the check is exact.
   */
  @ParameterizedTest
  @EnumSource(Subject.class)
  void pageFaultsAndCtxSwitchesAgainstProc(Subject s) {
    long pid = pidOf(s);
    OsProcess p = processOf(s);
    long minBefore = Long.parseLong(ProcFs.statField(pid, 10));
    long majBefore = Long.parseLong(ProcFs.statField(pid, 12));
    long volBefore = Long.parseLong(ProcFs.status(pid, "voluntary_ctxt_switches"));
    long involBefore = Long.parseLong(ProcFs.status(pid, "nonvoluntary_ctxt_switches"));
    PageFaults faults = p.pageFaults();
    CtxSwitches ctx = p.numCtxSwitches();
    long minAfter = Long.parseLong(ProcFs.statField(pid, 10));
    long majAfter = Long.parseLong(ProcFs.statField(pid, 12));
    long volAfter = Long.parseLong(ProcFs.status(pid, "voluntary_ctxt_switches"));
    long involAfter = Long.parseLong(ProcFs.status(pid, "nonvoluntary_ctxt_switches"));
    assertThat(faults.minor()).isBetween(minBefore, minAfter);
    assertThat(faults.major()).isBetween(majBefore, majAfter);
    assertThat(ctx.voluntary()).isBetween(volBefore, volAfter);
    assertThat(ctx.involuntary()).isBetween(involBefore, involAfter);
    if (s == Subject.CHILD) {
      assertThat(faults.minor()).isPositive();
      assertThat(ctx.voluntary() + ctx.involuntary()).isPositive();
    }
  }
}
