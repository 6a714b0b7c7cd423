package io.github.jpsutil.itests;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.ProcessStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names the kernel stores awkwardly: a command name with spaces and parentheses (psutil gh-628:
 * stat must be split at the last ')'), and one longer than the kernel's 15 characters, which psutil
 * completes from the command line (psutil/__init__.py {@code Process.name}).
 */
@EnabledOnOs(OS.LINUX)
class ProcessNameLiveTest {
  private final Psutil ps = Psutil.local();
  private final LiveChildren children = new LiveChildren();
  @TempDir Path dir;

  @AfterEach
  void stop() throws Exception {
    children.close();
  }

  private Process startSleepNamed(String name) throws Exception {
    Path exe = dir.resolve(name);
    Files.copy(
        Path.of(OsTool.run("sh", "-c", "command -v sleep")),
        exe,
        StandardCopyOption.COPY_ATTRIBUTES);
    Process p = children.start(exe.toString(), "30");
    Eventually.until(
        Duration.ofSeconds(5),
        "exec of " + name,
        () -> ProcFs.status(p.pid(), "Name").startsWith(name.substring(0, 2)));
    return p;
  }

  @Test
  void spacesAndParenthesesInTheName() throws Exception {
    String name = "my (weird) name";
    Process child = startSleepNamed(name);
    OsProcess p = ps.process((int) child.pid());
    assertThat(p.name()).isEqualTo(name).isEqualTo(ProcFs.status(child.pid(), "Name"));
    // Just after exec it may still be running; it must reach its sleep.
    Eventually.until(Duration.ofSeconds(5), "sleep", () -> p.status() == ProcessStatus.SLEEPING);
    assertThat(ProcFs.statField(child.pid(), 3)).isEqualTo("S");
    assertThat(p.ppid()).isEqualTo(ProcessHandle.current().pid());
    assertThat(p.cmdline()).containsExactly(dir.resolve(name).toString(), "30");
    assertThat(p.exe()).isEqualTo(dir.resolve(name).toRealPath().toString());
    assertThat(ps.processIter())
        .filteredOn(q -> q.pid() == p.pid())
        .singleElement()
        .satisfies(q -> assertThat(q.name()).isEqualTo(name));
  }

  @Test
  void aLongNameIsCompletedFromTheCommandLine() throws Exception {
    String name = "averyveryverylongprocessname";
    Process child = startSleepNamed(name);
    OsProcess p = ps.process((int) child.pid());
    // The kernel keeps 15 characters (TASK_COMM_LEN 16 with the NUL).
    assertThat(ProcFs.status(child.pid(), "Name")).isEqualTo(name.substring(0, 15));
    assertThat(OsTool.ps(child.pid(), "comm")).isEqualTo(name.substring(0, 15));
    assertThat(p.name()).isEqualTo(name);
  }
}
