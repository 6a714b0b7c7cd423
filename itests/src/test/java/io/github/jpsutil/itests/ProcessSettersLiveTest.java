package io.github.jpsutil.itests;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.IoNice;
import io.github.jpsutil.api.IoPriorityClass;
import io.github.jpsutil.api.ResourceLimit;
import io.github.jpsutil.api.Rlimit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Setters through {@link OsProcess} on a {@code sleep} child, each read back by the OS's own tool
 * (psutil test_process.py test_nice, test_ionice, test_rlimit_set, test_cpu_affinity).
 */
@EnabledOnOs(OS.LINUX)
class ProcessSettersLiveTest {
  private final Psutil ps = Psutil.local();
  private final LiveChildren children = new LiveChildren();
  private Process child;
  private OsProcess p;

  @BeforeEach
  void startChild() {
    child = children.start("sleep", "30");
    p = ps.process((int) child.pid());
  }

  @AfterEach
  void stopChild() throws Exception {
    children.close();
  }

  @Test
  void niceIsWhatPsShows() {
    assertThat(OsTool.ps(child.pid(), "ni")).isEqualTo("0");
    p.nice(5);
    assertThat(OsTool.ps(child.pid(), "ni")).isEqualTo("5");
    assertThat(p.nice()).isEqualTo(5);
  }

  @Test
  void ioniceIsWhatIoniceShows() {
    p.ionice(IoPriorityClass.BE, 6);
    assertThat(OsTool.run("ionice", "-p", Long.toString(child.pid())))
        .isEqualTo("best-effort: prio 6");
    assertThat(p.ionice()).isEqualTo(new IoNice.Linux(IoPriorityClass.BE, 6));
    p.ionice(IoPriorityClass.IDLE);
    assertThat(OsTool.run("ionice", "-p", Long.toString(child.pid()))).isEqualTo("idle");
  }

  @Test
  void rlimitIsWhatPrlimitShows() {
    ResourceLimit before = p.rlimit(Rlimit.NOFILE);
    long hard = before.hard() == ResourceLimit.INFINITY ? 4096 : Math.min(before.hard(), 4096);
    ResourceLimit wanted = new ResourceLimit(hard / 2, hard);
    p.rlimit(Rlimit.NOFILE, wanted);
    assertThat(RlimitText.nofile(child.pid())).isEqualTo(wanted);
    assertThat(p.rlimit(Rlimit.NOFILE)).isEqualTo(wanted);
  }

  @Test
  void cpuAffinityIsWhatTasksetShowsAndEmptyResetsToAllEligible() {
    Set<Integer> eligible =
        CpuListText.parse(ProcFs.status(ProcessHandle.current().pid(), "Cpus_allowed_list"));
    eligible.retainAll(CpuListText.parse(OsTool.run("cat", "/sys/devices/system/cpu/online")));
    p.cpuAffinity(List.of(0));
    assertThat(CpuListText.taskset(child.pid())).containsExactly(0);
    assertThat(p.cpuAffinity()).containsExactly(0);
    if (eligible.size() > 1) {
      // Widening again names CPUs outside the current mask: they are still eligible.
      p.cpuAffinity(eligible);
      assertThat(CpuListText.taskset(child.pid()))
          .containsExactlyElementsOf(new TreeSet<>(eligible));
      p.cpuAffinity(List.of(0));
    }
    p.cpuAffinity(List.of());
    assertThat(CpuListText.taskset(child.pid())).containsExactlyElementsOf(new TreeSet<>(eligible));
    assertThat(p.cpuAffinity()).containsExactlyElementsOf(new TreeSet<>(eligible));
  }
}
