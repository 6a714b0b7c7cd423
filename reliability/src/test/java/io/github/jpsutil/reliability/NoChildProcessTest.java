package io.github.jpsutil.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * No external programs: {@link NoChildProbe} runs the whole API under {@code strace -f} tracing
 * every process-creating system call (fork, vfork, clone, clone3, execve, execveat; seccomp-bpf
 * keeps the rest untraced and fast). The only execve must be the JVM's own start, and every clone
 * must make a thread (CLONE_THREAD), never a process.
 */
@Tag("reliability")
@EnabledOnOs(OS.LINUX)
class NoChildProcessTest {
  @TempDir Path tmp;

  @Test
  void theLibraryStartsNoProcess() throws Exception {
    assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/strace")), "needs strace (apt-get install strace)");
    Path trace = tmp.resolve("trace");
    ChildJvm.Result r =
        ChildJvm.run(
            List.of(
                "strace",
                "-f",
                "--seccomp-bpf",
                "-qq",
                "-e",
                "trace=fork,vfork,clone,clone3,execve,execveat",
                "-o",
                trace.toString()),
            List.of("--enable-native-access=ALL-UNNAMED"),
            ChildJvm.classPath(),
            NoChildProbe.class,
            List.of(),
            240);
    assertThat(r.exit()).as(r.output()).isZero();
    assertThat(r.value("FAILURES")).as(r.output()).isEqualTo("0");
    List<String> lines = Files.readAllLines(trace, StandardCharsets.UTF_8);
    List<String> execs = new ArrayList<>();
    List<String> processes = new ArrayList<>();
    int threads = 0;
    for (String line : lines) {
      if (line.contains("resumed>")) {
        continue; // the second half of a call already seen
      }
      if (line.contains(" execve(") || line.contains(" execveat(")) {
        execs.add(line);
      } else if (line.contains(" clone(") || line.contains(" clone3(")) {
        if (line.contains("CLONE_THREAD")) {
          threads++;
        } else {
          processes.add(line);
        }
      } else if (line.contains(" fork(") || line.contains(" vfork(")) {
        processes.add(line);
      }
    }
    Figures.put("no_child.api_calls_traced", r.value("CALLS"));
    Figures.put("no_child.threads_started", threads);
    Figures.put("no_child.processes_started", processes.size());
    Figures.put("no_child.execve_calls", execs.size());
    assertThat(threads).as("the trace saw the JVM's threads, so it works").isPositive();
    assertThat(processes).as("process-creating calls").isEmpty();
    assertThat(execs).as("only the JVM's own start").hasSize(1);
    assertThat(execs.get(0)).contains(ChildJvm.java());
  }
}
