package io.github.jpsutil.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.bundle;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.DiskPartition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.inject.Inject;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

/**
 * The {@code jpsutil:*} console commands in Felix Gogo, on Felix and on Equinox (one failsafe
 * execution each): the Linux set, the DS runtime, Gogo's runtime, the cli and the shell bundle.
 * Each command runs through Gogo's {@code CommandProcessor}, as typed at a console, and its output
 * is checked against the {@code Psutil} service it reads.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OsgiShellCommandsIT {
  @Inject
  @Filter(timeout = 30_000)
  Psutil psutil;

  @Inject
  @Filter(timeout = 30_000)
  CommandProcessor processor;

  @Configuration
  public Option[] config() {
    Path osgi = Path.of(System.getProperty("jpsutil.osgi.dir"));
    List<Option> options = new ArrayList<>(Arrays.asList(OsgiSetup.options(false)));
    for (String jar :
        List.of("org.apache.felix.gogo.runtime.jar", "jpsutil-cli.jar", "jpsutil-shell.jar")) {
      options.add(bundle(osgi.resolve(jar).toUri().toString()));
    }
    return options.toArray(new Option[0]);
  }

  /** {@code free}'s Mem: total is the service's virtual_memory total in KiB (exact). */
  @Test
  public void freeShowsTheServicesTotalMemory() throws Exception {
    String free = (String) run("jpsutil:free", "");
    String mem =
        free.lines().filter(l -> l.startsWith("Mem:")).findFirst().orElseThrow(AssertionError::new);
    assertEquals(Long.toString(psutil.virtualMemory().total() / 1024), mem.trim().split("\\s+")[1]);
  }

  /** {@code ps} lists this framework's JVM, and {@code procinfo PID} names it. */
  @Test
  public void psAndProcinfoShowThisJvm() throws Exception {
    int self = psutil.self().pid();
    String ps = (String) run("jpsutil:ps", "");
    assertTrue(
        ps, ps.lines().anyMatch(l -> Arrays.asList(l.trim().split("\\s+")).contains("" + self)));
    String procinfo = (String) run("jpsutil:procinfo " + self, "");
    assertTrue(procinfo, procinfo.contains(psutil.self().name()));
    assertTrue(procinfo, procinfo.contains(Integer.toString(self)));
  }

  /** {@code df} lists every mountpoint of disk_partitions. */
  @Test
  public void dfListsEveryPartition() throws Exception {
    String df = (String) run("jpsutil:df", "");
    for (DiskPartition p : psutil.diskPartitions(false)) {
      assertTrue(p.mountpoint() + " in\n" + df, df.contains(p.mountpoint()));
    }
  }

  /** {@code ifconfig} lists every interface of net_if_addrs; {@code netstat} runs. */
  @Test
  public void ifconfigListsEveryInterfaceAndNetstatRuns() throws Exception {
    String ifconfig = (String) run("jpsutil:ifconfig", "");
    for (String nic : psutil.netIfAddrs().keySet()) {
      assertTrue(nic + " in\n" + ifconfig, ifconfig.contains(nic));
    }
    String netstat = (String) run("jpsutil:netstat", "");
    assertTrue(netstat, netstat.startsWith("Proto"));
  }

  /** {@code --json} reaches the cli: {@code free --json} is its JSON object. */
  @Test
  public void optionsReachTheCli() throws Exception {
    String json = (String) run("jpsutil:free --json", "");
    assertTrue(json, json.startsWith("{") && json.contains("\"virtual_memory\""));
  }

  /** {@code kill PID} ends a child with SIGTERM (exit status 128 + 15). */
  @Test
  public void killTerminatesAProcess() throws Exception {
    Process child = new ProcessBuilder("sleep", "60").start();
    try {
      String said = (String) run("jpsutil:kill " + child.pid(), "");
      assertEquals("terminated " + child.pid() + " (sleep)", said);
      assertTrue(child.waitFor(10, TimeUnit.SECONDS));
      assertEquals(143, child.exitValue());
    } finally {
      child.destroyForcibly();
    }
  }

  /** {@code top} draws frames until a key is pressed: with a key already typed, exactly one. */
  @Test
  public void topStopsAtAKey() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CommandSession session =
        processor.createSession(
            new ByteArrayInputStream("q".getBytes(StandardCharsets.UTF_8)),
            out,
            new ByteArrayOutputStream());
    // Bounded: a top that never sees the key would otherwise hang the build.
    ExecutorService runner = Executors.newSingleThreadExecutor();
    try {
      Future<Object> top = runner.submit(() -> session.execute("jpsutil:top"));
      try {
        top.get(60, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        top.cancel(true);
        throw new AssertionError("jpsutil:top did not stop at the key within 60 s");
      }
    } finally {
      runner.shutdownNow();
      session.close();
    }
    String screen = out.toString(StandardCharsets.UTF_8);
    assertEquals(screen, 1, screen.split("\033\\[H\033\\[2J", -1).length - 1);
    assertTrue(screen, screen.contains("PID"));
  }

  private Object run(String line, String input) throws Exception {
    CommandSession session =
        processor.createSession(
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            new ByteArrayOutputStream(),
            new ByteArrayOutputStream());
    try {
      return session.execute(line);
    } finally {
      session.close();
    }
  }
}
