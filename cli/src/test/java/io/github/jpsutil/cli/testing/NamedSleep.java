package io.github.jpsutil.cli.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A child {@code sleep 120} running under a name no other process has: /bin/sleep copied to a temp
 * directory as {@code jpsz<8 hex digits>} (12 characters, within the kernel's 15-character comm),
 * so pidof and killall in the tests can only ever match it. Started in that directory; closing it
 * kills the child if still running and removes the copy.
 */
public final class NamedSleep implements AutoCloseable {
  private final Path dir;
  private final Path exe;
  private final String name;
  private final Process process;

  public NamedSleep(Map<String, String> extraEnv) throws IOException, InterruptedException {
    dir = Files.createTempDirectory("jpsutil-cli-test");
    name = "jpsz" + String.format("%08x", ThreadLocalRandom.current().nextInt());
    exe = dir.resolve(name);
    Files.copy(Path.of("/bin/sleep"), exe);
    if (!exe.toFile().setExecutable(true)) {
      throw new IOException("cannot make " + exe + " executable");
    }
    ProcessBuilder pb = new ProcessBuilder(exe.toString(), "120").directory(dir.toFile());
    pb.environment().putAll(extraEnv);
    process = pb.start();
    awaitExec();
  }

  /** Until the child runs the copy: before exec its comm is still the JVM's. */
  private void awaitExec() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      try {
        if (ProcFacts.comm(pid()).equals(name)) {
          return;
        }
      } catch (UncheckedIOException e) {
        // not visible yet
      }
      Thread.sleep(10);
    }
    throw new AssertionError("child " + pid() + " did not exec " + exe + " within 10 s");
  }

  public long pid() {
    return process.pid();
  }

  public String name() {
    return name;
  }

  public Path exe() {
    return exe;
  }

  public Path dir() {
    return dir;
  }

  public Process process() {
    return process;
  }

  @Override
  public void close() throws IOException, InterruptedException {
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
    Files.deleteIfExists(exe);
    Files.deleteIfExists(dir);
  }
}
