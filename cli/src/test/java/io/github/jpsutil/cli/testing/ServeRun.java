package io.github.jpsutil.cli.testing;

import io.github.jpsutil.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code jpsutil serve --json …} running in-process on its own thread, as the command line would
 * run it, until {@link #close()} interrupts it (the in-process equivalent of Ctrl-C).
 */
public final class ServeRun implements AutoCloseable {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final Thread thread;
  private volatile int status = -1;

  private ServeRun(String... options) {
    String[] args = new String[options.length + 2];
    args[0] = "serve";
    args[1] = "--json";
    System.arraycopy(options, 0, args, 2, options.length);
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    thread = new Thread(() -> status = Main.run(args, o, e), "serve-under-test");
    thread.setDaemon(true);
  }

  /**
   * Starts serve and waits (at most 30 s) for the line saying where the metrics are.
   *
   * @throws AssertionError when serve exits or says nothing in time (its stderr in the message)
   */
  public static ServeRun start(String... options) throws InterruptedException {
    ServeRun run = new ServeRun(options);
    run.thread.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      if (!run.out().isBlank()) {
        return run;
      }
      if (!run.thread.isAlive()) {
        throw new AssertionError("serve exited with " + run.status + ": " + run.err());
      }
      Thread.sleep(20);
    }
    run.close();
    throw new AssertionError("serve announced nothing in 30 s: " + run.err());
  }

  /** The announcement, e.g. {@code {"metrics_url": "http://127.0.0.1:PORT/metrics"}}. */
  public Map<String, Object> announcement() {
    return JsonParser.object(out());
  }

  public String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  public String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** Stops serve and returns its exit status. */
  public int stop() throws InterruptedException {
    thread.interrupt();
    thread.join(TimeUnit.SECONDS.toMillis(30));
    if (thread.isAlive()) {
      throw new AssertionError("serve did not stop within 30 s");
    }
    return status;
  }

  @Override
  public void close() throws InterruptedException {
    if (thread.isAlive()) {
      stop();
    }
  }

  /** The lines of stderr, for asserting there were no warnings. */
  public List<String> errLines() {
    return err().lines().toList();
  }
}
