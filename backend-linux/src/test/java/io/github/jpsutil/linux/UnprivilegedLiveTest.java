package io.github.jpsutil.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.sun.jna.Native;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.posix.Sysconf;
import io.github.jpsutil.spi.ProcessOps;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * AccessDenied as psutil reports it to an unprivileged user (spec 4.10, verified on psutil by
 * querying PID 1 from uid 65534), and the getter contract over every pid as that user. Root reads
 * everything, so a small main ({@link UnprivilegedProbe}) is run as nobody with util-linux {@code
 * setpriv}, from a copy of the classes that nobody may read.
 */
@EnabledOnOs(OS.LINUX)
class UnprivilegedLiveTest {
  @TempDir Path tmp;

  @Test
  void pid1AsNobody() throws Exception {
    assumeThat(Path.of("/usr/bin/setpriv")).exists();
    assumeThat(ProcessHandle.current().info().user()).contains("root");
    Map<String, String> out = probe(1);

    List<String> denied =
        List.of(
            "exe",
            "environ",
            "cwd",
            "open_files",
            "num_fds",
            "io_counters",
            "memory_maps",
            "memory_footprint");
    List<String> allowed =
        List.of(
            "name",
            "cmdline",
            "status",
            "ppid",
            "create_time",
            "uids",
            "gids",
            "terminal",
            "memory_info",
            "memory_info_ex",
            "cpu_times",
            "num_threads",
            "threads",
            "num_ctx_switches",
            "page_faults",
            "cpu_num",
            "eligible_cpus");
    for (String g : denied) {
      assertThat(out.get(g)).as(g).isEqualTo("AD");
    }
    for (String g : allowed) {
      assertThat(out.get(g)).as(g).isEqualTo("OK");
    }
    assertThat(out.get("uids")).isEqualTo("OK");
    assertThat(out.get("self")).contains("real=65534");
    assertThat(out.get("violations")).as("contract as nobody").isEmpty();
  }

  /** Runs the probe as uid/gid 65534 and returns getter → outcome, plus "violations". */
  private Map<String, String> probe(int pid) throws Exception {
    List<String> lines =
        RunAsNobody.run(
            tmp,
            List.of(
                LinuxProcesses.class,
                UnprivilegedProbe.class,
                ProcessOps.class,
                NoSuchProcess.class,
                Sysconf.class,
                Native.class),
            UnprivilegedProbe.class,
            Integer.toString(pid));
    assertThat(lines).as("probe output").contains("END");
    Map<String, String> out = new HashMap<>();
    List<String> violations = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("VIOLATION ")) {
        violations.add(line);
      } else if (line.startsWith("self-uids=")) {
        out.put("self", line);
      } else if (line.contains("=")) {
        out.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
      }
    }
    out.put("violations", String.join("\n", violations));
    return out;
  }
}
