package io.github.jpsutil;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.OperatingSystem;
import io.github.jpsutil.api.ProcessAttr;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What {@code supports()} and {@code processAttrs()} claim must work: the name fallback to
 * cmdline() is POSIX-only and needs cmdline, and memory_percent needs virtual_memory.
 */
class SupportsTruthTest {
  private static Set<Feature> allBut(Feature... missing) {
    Set<Feature> s = EnumSet.allOf(Feature.class);
    s.removeAll(List.of(missing));
    return s;
  }

  @Test
  void windowsNamesAreNeverCompletedFromTheCommandLine() {
    FakeBackend b = new FakeBackend();
    b.os = OperatingSystem.WINDOWS;
    FakeProcess p = b.add(0, 1);
    p.name = "System Idle Process"; // 19 characters, psutil's fixed name for pid 0
    // The old rule took cmdline()'s basename when it starts with the name; psutil does not.
    p.cmdline = List.of("/x/System Idle Process.exe");
    assertThat(b.psutil().process(0).name()).isEqualTo("System Idle Process");
  }

  @Test
  void withoutCmdlineALongKernelNameIsReturnedAsIs() {
    FakeBackend b = new FakeBackend();
    b.os = OperatingSystem.FREEBSD;
    b.features = allBut(Feature.PROC_CMDLINE);
    FakeProcess p = b.add(42, 1);
    p.name = "a-nineteen-chars-nm";
    p.cmdline = List.of("/usr/bin/a-nineteen-chars-name-longer");
    assertThat(b.psutil().process(42).name()).isEqualTo("a-nineteen-chars-nm");
  }

  @Test
  void memoryPercentIsNoAttributeWithoutVirtualMemory() {
    FakeBackend b = new FakeBackend();
    b.features = allBut(Feature.VIRTUAL_MEMORY);
    Set<ProcessAttr> attrs = b.psutil().processAttrs();
    assertThat(attrs).contains(ProcessAttr.MEMORY_INFO).doesNotContain(ProcessAttr.MEMORY_PERCENT);
  }
}
