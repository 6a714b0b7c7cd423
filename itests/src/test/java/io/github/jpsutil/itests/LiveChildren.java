package io.github.jpsutil.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The processes one test started, killed with everything below them when the test ends. A test
 * makes one in {@code @BeforeEach} and closes it in {@code @AfterEach}; processes that left the
 * tree (orphans re-parented to init) are registered with {@link #alsoKill(long)}.
 */
final class LiveChildren implements AutoCloseable {
  private final List<Process> started = new ArrayList<>();
  private final List<Long> strays = new ArrayList<>();

  /** Starts {@code command} with output discarded. */
  Process start(String... command) {
    return start(new ProcessBuilder(command));
  }

  /**
   * Starts {@code command} in {@code dir} with {@code extraEnv} added to this JVM's environment.
   */
  Process start(Path dir, Map<String, String> extraEnv, String... command) {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().putAll(extraEnv);
    return start(pb);
  }

  Process start(ProcessBuilder pb) {
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    try {
      Process p = pb.start();
      started.add(p);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + pb.command(), e);
    }
  }

  /** Kills {@code pid} at the end too (a grandchild that is no longer below a started process). */
  void alsoKill(long pid) {
    strays.add(pid);
  }

  @Override
  public void close() throws InterruptedException {
    for (Process p : started) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
    for (long pid : strays) {
      ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    }
    for (Process p : started) {
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("child " + p.pid() + " survived SIGKILL for 10 s");
      }
    }
    started.clear();
    strays.clear();
  }
}
