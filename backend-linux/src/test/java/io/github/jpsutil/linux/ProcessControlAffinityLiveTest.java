package io.github.jpsutil.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.NoSuchProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * CPU affinity of children this test starts, cross-checked with util-linux {@code taskset -pc PID}
 * and {@code /proc/<pid>/status} {@code Cpus_allowed_list} (exact equality).
 */
@EnabledOnOs(OS.LINUX)
class ProcessControlAffinityLiveTest {
  private final LinuxProcessControl control = new LinuxProcessControl();
  private final LiveChildren children = new LiveChildren();

  @AfterEach
  void killChildren() throws InterruptedException {
    children.close();
  }

  /** Parses a cpulist ("0,2-3") independently of the production parser. */
  private static Set<Integer> cpuList(String list) {
    Set<Integer> cpus = new TreeSet<>();
    for (String part : list.strip().split(",")) {
      String[] ends = part.split("-");
      int first = Integer.parseInt(ends[0]);
      int last = ends.length == 2 ? Integer.parseInt(ends[1]) : first;
      for (int c = first; c <= last; c++) {
        cpus.add(c);
      }
    }
    return cpus;
  }

  /** {@code taskset -pc PID}: "pid 123's current affinity list: 0,1". */
  private static Set<Integer> taskset(long pid) {
    String out = LiveChildren.run("taskset", "-pc", Long.toString(pid));
    return cpuList(out.substring(out.lastIndexOf(':') + 1));
  }

  private static Set<Integer> online() throws IOException {
    return cpuList(Files.readString(Path.of("/sys/devices/system/cpu/online")));
  }

  private static Set<Integer> eligible(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("Cpus_allowed_list:")) {
        return cpuList(line.substring(line.indexOf(':') + 1));
      }
    }
    throw new AssertionError("no Cpus_allowed_list");
  }

  @Test
  void affinityMatchesTasksetThenSetToCpuZeroAndBack() throws IOException {
    int pid = (int) children.sleeper().pid();
    assertThat(control.getAffinity(pid)).isEqualTo(taskset(pid)).isNotEmpty();

    control.setAffinity(pid, Set.of(0));
    assertThat(taskset(pid)).containsExactly(0);
    assertThat(control.getAffinity(pid)).containsExactly(0);

    Set<Integer> all = eligible(pid);
    control.setAffinity(pid, all);
    assertThat(taskset(pid)).isEqualTo(all);
    assertThat(control.getAffinity(pid)).isEqualTo(all);
  }

  @Test
  void affinityIsSortedAndMatchesTasksetForTheLastCpu() throws IOException {
    int pid = (int) children.sleeper().pid();
    int last = ((TreeSet<Integer>) new TreeSet<>(online())).last();
    control.setAffinity(pid, Set.of(last));
    assertThat(taskset(pid)).containsExactly(last);
    assertThat(control.getAffinity(pid)).containsExactly(last);
    LiveChildren.run("taskset", "-pc", "0-" + last, Long.toString(pid));
    assertThat(control.getAffinity(pid)).isEqualTo(taskset(pid)).containsAll(online());
  }

  @Test
  void invalidSetsAreRefusedAndLeaveTheAffinityAlone() throws IOException {
    int pid = (int) children.sleeper().pid();
    Set<Integer> before = taskset(pid);
    int beyond = new TreeSet<>(online()).last() + 1;
    assertThatThrownBy(() -> control.setAffinity(pid, Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cpus");
    assertThatThrownBy(() -> control.setAffinity(pid, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cpus");
    // The kernel would accept {0, beyond} and silently drop the offline CPU; we refuse it.
    assertThatThrownBy(() -> control.setAffinity(pid, Set.of(0, beyond)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cpus: invalid CPU " + beyond)
        .hasMessageContaining(online().toString());
    assertThatThrownBy(() -> control.setAffinity(pid, Set.of(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid CPU -1");
    assertThat(taskset(pid)).isEqualTo(before);
    assertThatThrownBy(() -> control.getAffinity(-3)).hasMessageContaining("pid must be > 0");
    assertThatThrownBy(() -> control.setAffinity(0, Set.of(0)))
        .hasMessageContaining("pid must be > 0");
  }

  @Test
  void goneProcess() throws InterruptedException {
    int gone = children.freedPid();
    assertThatThrownBy(() -> control.getAffinity(gone)).isExactlyInstanceOf(NoSuchProcess.class);
    assertThatThrownBy(() -> control.setAffinity(gone, Set.of(0)))
        .isExactlyInstanceOf(NoSuchProcess.class);
  }
}
