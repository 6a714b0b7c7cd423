package io.github.jpsutil.linux.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.sun.jna.Native;
import io.github.jpsutil.api.ProcessEvent;
import io.github.jpsutil.posix.Errno;
import io.github.jpsutil.spi.EventSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fallback as an unprivileged user: {@link UnprivilegedEventsProbe} runs as uid/gid 65534
 * (util-linux {@code setpriv}) from copies of the classes nobody may read. There the connector must
 * be refused (AccessDenied naming CAP_NET_ADMIN) and the scan must report every start and exit of a
 * 100-child churn that nobody itself runs, with each exit status (its own zombies, which it may
 * inspect).
 */
@EnabledOnOs(OS.LINUX)
class UnprivilegedEventsLiveTest {
  private static final int CHILDREN = 100;

  @TempDir Path tmp;

  @Test
  void scanAsNobodyReportsEveryStartAndExitAndTheConnectorIsRefused() throws Exception {
    assumeThat(Path.of("/usr/bin/setpriv")).exists();
    assumeThat(ProcessHandle.current().info().user()).contains("root");
    List<String> lines = runAsNobody();
    assertThat(lines).contains("END");
    assertThat(lines).contains("connectorPermitted=false", "failure=null", "threadsLeft=[]");
    assertThat(lines)
        .anyMatch(l -> l.startsWith("openConnector=AD") && l.contains("CAP_NET_ADMIN"));
    assertThat(lines).filteredOn(l -> l.startsWith("VIOLATION")).isEmpty();
    assertThat(lines).contains("children=" + CHILDREN, "exitStatusesMatched=" + CHILDREN);
  }

  private List<String> runAsNobody() throws Exception {
    Path cp = tmp.resolve("cp");
    List<String> entries = new ArrayList<>();
    for (Class<?> c :
        List.of(
            LinuxEventSource.class,
            UnprivilegedEventsProbe.class,
            EventSource.class,
            ProcessEvent.class,
            Errno.class,
            Native.class)) {
      Path src = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path dst = cp.resolve(entries.size() + "-" + src.getFileName());
      copy(src, dst);
      entries.add(dst.toString());
    }
    Path jnaTmp = Files.createDirectories(tmp.resolve("jna"));
    openUp(tmp);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            "setpriv",
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            java,
            "-Djna.tmpdir=" + jnaTmp,
            "-cp",
            String.join(":", entries),
            UnprivilegedEventsProbe.class.getName(),
            Integer.toString(CHILDREN));
    pb.environment().put("HOME", tmp.toString());
    pb.redirectErrorStream(true);
    pb.directory(tmp.toFile());
    Process p = pb.start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("probe ended; output:\n" + text).isTrue();
    return text.lines().toList();
  }

  private static void copy(Path src, Path dst) throws IOException {
    if (Files.isDirectory(src)) {
      try (var walk = Files.walk(src)) {
        for (Path s : walk.toList()) {
          Path d = dst.resolve(src.relativize(s).toString());
          if (Files.isDirectory(s)) {
            Files.createDirectories(d);
          } else {
            Files.copy(s, d);
          }
        }
      }
    } else {
      Files.createDirectories(dst.getParent());
      Files.copy(src, dst);
    }
  }

  /** Lets nobody read the copies and write JNA's temp dir (the JUnit temp dir is 0700). */
  private static void openUp(Path root) throws IOException {
    try (var walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
        Files.setPosixFilePermissions(
            p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxrwxrwx" : "rw-r--r--"));
      }
    }
  }
}
