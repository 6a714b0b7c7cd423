package io.github.jpsutil.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.ResourceLimit;
import io.github.jpsutil.api.Rlimit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Resource limits of children this test starts, cross-checked with util-linux {@code prlimit --pid
 * PID --raw} (exact equality; {@code unlimited} ↔ -1).
 */
@EnabledOnOs(OS.LINUX)
class ProcessControlRlimitLiveTest {
  private static final EnumSet<Rlimit> FREEBSD_ONLY =
      EnumSet.of(Rlimit.SWAP, Rlimit.SBSIZE, Rlimit.NPTS);

  private final LinuxProcessControl control = new LinuxProcessControl();
  private final LiveChildren children = new LiveChildren();

  @AfterEach
  void killChildren() throws InterruptedException {
    children.close();
  }

  /** RESOURCE → (soft, hard) as {@code prlimit} prints them, "unlimited" as -1. */
  private static Map<String, ResourceLimit> prlimitTool(long pid) {
    String out =
        LiveChildren.run(
            "prlimit",
            "--pid",
            Long.toString(pid),
            "--noheadings",
            "--raw",
            "--output",
            "RESOURCE,SOFT,HARD");
    Map<String, ResourceLimit> limits = new HashMap<>();
    for (String line : out.strip().split("\n")) {
      String[] f = line.strip().split("\\s+");
      limits.put(f[0], new ResourceLimit(value(f[1]), value(f[2])));
    }
    return limits;
  }

  private static long value(String s) {
    return s.equals("unlimited") ? ResourceLimit.INFINITY : Long.parseLong(s);
  }

  @Test
  void everyLinuxResourceMatchesPrlimit() {
    int pid = (int) children.sleeper().pid();
    Map<String, ResourceLimit> tool = prlimitTool(pid);
    int compared = 0;
    for (Rlimit r : Rlimit.values()) {
      if (FREEBSD_ONLY.contains(r)) {
        continue;
      }
      assertThat(control.getRlimit(pid, r)).as(r.psutilName()).isEqualTo(tool.get(r.name()));
      compared++;
    }
    assertThat(compared).isEqualTo(16);
    // The machine must show both kinds of value, or the -1 mapping would go untested.
    assertThat(tool.values()).anyMatch(l -> l.hard() == ResourceLimit.INFINITY);
    assertThat(tool.values()).anyMatch(l -> l.soft() > 0);
  }

  @Test
  void setNofileAndFsizeThenReadBackWithPrlimit() {
    int pid = (int) children.sleeper().pid();
    control.setRlimit(pid, Rlimit.NOFILE, new ResourceLimit(512, 1024));
    control.setRlimit(pid, Rlimit.FSIZE, new ResourceLimit(1 << 20, ResourceLimit.INFINITY));
    Map<String, ResourceLimit> tool = prlimitTool(pid);
    assertThat(tool.get("NOFILE")).isEqualTo(new ResourceLimit(512, 1024));
    assertThat(tool.get("FSIZE")).isEqualTo(new ResourceLimit(1 << 20, ResourceLimit.INFINITY));
    assertThat(control.getRlimit(pid, Rlimit.NOFILE)).isEqualTo(new ResourceLimit(512, 1024));

    control.setRlimit(
        pid, Rlimit.CORE, new ResourceLimit(ResourceLimit.INFINITY, ResourceLimit.INFINITY));
    assertThat(prlimitTool(pid).get("CORE"))
        .isEqualTo(new ResourceLimit(ResourceLimit.INFINITY, ResourceLimit.INFINITY));
  }

  /**
   * The kernel refuses an RLIMIT_NOFILE above fs.nr_open with EPERM even for root, which psutil
   * reports as AccessDenied. (The sysctl is read through an InputStream: JDK 17's {@code
   * Files.readString} reads one byte first, and /proc/sys answers a read at offset 1 with EOF.)
   */
  @Test
  void nofileAboveNrOpenIsAccessDeniedEvenForRoot() throws IOException {
    int pid = (int) children.sleeper().pid();
    long nrOpen;
    try (InputStream in = Files.newInputStream(Path.of("/proc/sys/fs/nr_open"))) {
      nrOpen = Long.parseLong(new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip());
    }
    assertThat(nrOpen).isGreaterThan(1024);
    ResourceLimit before = prlimitTool(pid).get("NOFILE");
    assertThatThrownBy(
            () -> control.setRlimit(pid, Rlimit.NOFILE, new ResourceLimit(nrOpen + 1, nrOpen + 1)))
        .isExactlyInstanceOf(AccessDenied.class)
        .hasMessageContaining("prlimit64")
        .hasMessageContaining("EPERM");
    assertThat(prlimitTool(pid).get("NOFILE")).isEqualTo(before);
  }

  @Test
  void freeBsdResourcesAreUnsupportedOnLinux() {
    int pid = (int) children.sleeper().pid();
    for (Rlimit r : FREEBSD_ONLY) {
      assertThatThrownBy(() -> control.getRlimit(pid, r))
          .isInstanceOf(UnsupportedOperationException.class)
          .hasMessageContaining(r.psutilName());
      assertThatThrownBy(() -> control.setRlimit(pid, r, new ResourceLimit(1, 1)))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  void goneAndInvalidPids() throws InterruptedException {
    int gone = children.freedPid();
    assertThatThrownBy(() -> control.getRlimit(gone, Rlimit.NOFILE))
        .isExactlyInstanceOf(NoSuchProcess.class);
    assertThatThrownBy(() -> control.setRlimit(gone, Rlimit.NOFILE, new ResourceLimit(8, 8)))
        .isExactlyInstanceOf(NoSuchProcess.class);
    // psutil raises ValueError for rlimit on pid 0 (psutil/_pslinux.py {@code Process.rlimit}).
    assertThatThrownBy(() -> control.getRlimit(0, Rlimit.NOFILE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pid must be > 0");
    assertThatThrownBy(() -> control.setRlimit(1, Rlimit.NOFILE, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limits");
    assertThatThrownBy(() -> control.getRlimit(1, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("resource");
  }
}
