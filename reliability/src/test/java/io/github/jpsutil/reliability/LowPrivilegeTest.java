package io.github.jpsutil.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole API as an unprivileged user: {@link LowPrivilegeProbe} runs as uid/gid 65534 with no
 * groups ({@code setpriv}), from a copy of the class path that user may read. Nothing fails but
 * with AccessDenied, and AccessDenied comes exactly where psutil has it (psutil 8.0, checked there
 * by querying pid 1 as uid 65534): for another user's process, exe (unless cmdline()[0] gives it,
 * psutil's fallback), environ, cwd, open_files, num_fds, net_connections, io_counters, memory_maps,
 * memory_footprint and rlimit; and every setter and signal. {@code processIter} with every
 * attribute completes.
 */
@Tag("reliability")
@EnabledOnOs(OS.LINUX)
class LowPrivilegeTest {
  /**
   * Reading methods psutil denies for another user's process (psutil 8.0 on Linux), by signature.
   */
  static final Set<String> DENIED_FOR_OTHERS =
      Set.of(
          "environ()",
          "cwd()",
          "openFiles()",
          "numFds()",
          "netConnections()",
          "netConnections(ConnectionKind)",
          "netConnections(String)",
          "ioCounters()",
          "memoryMaps()",
          "memoryMapRegions()",
          "memoryFootprint()",
          "rlimit(Rlimit)");

  @TempDir Path tmp;
  private final Children children = new Children();

  @AfterEach
  void killChildren() throws InterruptedException {
    children.close();
  }

  @Test
  void theWholeApiAsNobody() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "needs util-linux setpriv");
    assumeTrue(Children.canChooseNextPid(), "needs root to change user");
    Process rootSleeper = children.start("sleep", "1000");
    assertThat(Children.awaitComm(rootSleeper, "sleep")).isTrue();
    List<Path> cp = readableCopy(ChildJvm.classPath());
    ChildJvm.Result r =
        ChildJvm.run(
            List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"),
            List.of(
                "-Djna.tmpdir=" + tmp.resolve("jna"),
                "-Duser.home=" + tmp,
                "--enable-native-access=ALL-UNNAMED"),
            cp,
            LowPrivilegeProbe.class,
            List.of(Long.toString(rootSleeper.pid())),
            180);
    assertThat(r.output()).as(r.output()).contains("END");
    assertThat(r.value("UID")).isEqualTo("65534");
    assertThat(rootSleeper.isAlive()).as("the root-owned process survived every signal").isTrue();

    int calls = 0;
    int denied = 0;
    List<String> unexpected = new ArrayList<>();
    Set<String> deniedPid1 = new TreeSet<>();
    for (String line : r.output().lines().toList()) {
      if (!line.startsWith("CALL ")) {
        continue;
      }
      calls++;
      String[] f = line.split(" ", 4);
      String target = f[1];
      String signature = f[2];
      String outcome = f[3];
      if (outcome.equals("AD")) {
        denied++;
      }
      String expected = expected(target, signature);
      boolean ok =
          outcome.equals(expected)
              // exe: psutil's fallback answers with an absolute, executable cmdline()[0]
              || (signature.equals("exe()") && outcome.equals("VALUE") && !target.equals("self"))
              // asDict and processIter turn denials into adValue
              || (expected.equals("AD") && signature.startsWith("asDict"));
      if (!ok) {
        unexpected.add(line + " (expected " + expected + ")");
      }
      if (target.equals("pid1") && outcome.equals("AD")) {
        deniedPid1.add(signature);
      }
    }
    Figures.put("low_privilege.calls", calls);
    Figures.put("low_privilege.access_denied", denied);
    Figures.put("low_privilege.process_iter_rows", r.value("ROWS"));
    Figures.put("low_privilege.unexpected_outcomes", unexpected.size());
    assertThat(unexpected).isEmpty();
    assertThat(deniedPid1).containsAll(DENIED_FOR_OTHERS);
  }

  /** What psutil gives uid 65534 for this call. */
  private static String expected(String target, String signature) {
    if (target.equals("system") || target.equals("self")) {
      return "VALUE";
    }
    boolean setterOrSignal =
        Set.of(
                "nice(int)",
                "ionice(IoPriorityClass)",
                "rlimit(Rlimit,ResourceLimit)",
                "cpuAffinity(Collection)",
                "sendSignal(int)",
                "suspend()",
                "kill()")
            .contains(signature);
    if (setterOrSignal) {
      return "AD";
    }
    if (DENIED_FOR_OTHERS.contains(signature) || signature.equals("exe()")) {
      return "AD";
    }
    return "VALUE";
  }

  /** Copies the class path into {@code tmp}, readable by everyone (root's may not be). */
  private List<Path> readableCopy(List<Path> classPath) throws IOException {
    List<Path> out = new ArrayList<>();
    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
    for (Path src : classPath) {
      Path dst = tmp.resolve("cp" + out.size() + "-" + src.getFileName());
      if (Files.isDirectory(src)) {
        try (Stream<Path> s = Files.walk(src)) {
          for (Path p : s.sorted(Comparator.naturalOrder()).toList()) {
            Path d = dst.resolve(src.relativize(p).toString());
            if (Files.isDirectory(p)) {
              Files.createDirectories(d);
            } else {
              Files.copy(p, d, StandardCopyOption.REPLACE_EXISTING);
            }
          }
        }
      } else {
        Files.copy(src, dst);
      }
      out.add(dst);
    }
    try (Stream<Path> s = Files.walk(tmp)) {
      for (Path p : s.toList()) {
        Files.setPosixFilePermissions(
            p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
      }
    }
    Files.createDirectories(tmp.resolve("jna"));
    Files.setPosixFilePermissions(tmp.resolve("jna"), PosixFilePermissions.fromString("rwxrwxrwx"));
    return out;
  }
}
