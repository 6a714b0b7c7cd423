package io.github.jpsutil.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.Feature;
import io.github.jpsutil.cli.testing.CliRun;
import io.github.jpsutil.cli.testing.JsonParser;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * {@code jpsutil events --json --pid P} over a parent shell P that, once told to, runs two children
 * one after the other: {@code exit 5}, then one that kills itself with SIGKILL. Every line must be
 * one JSON object, in the order the script fixes; the connector also reports the execs and the exit
 * statuses (the scan cannot: the shell reaps at once).
 */
@EnabledOnOs(OS.LINUX)
class LiveEventsTest {
  private static final String SCRIPT =
      "read x; sh -c 'sleep 0.5; exit 5'; sh -c 'sleep 0.5; kill -KILL $$'; exec sleep 5";

  @Test
  void connectorLinesForAChildTree() throws Exception {
    assumeThat(Psutil.local().supports(Feature.PROCESS_EVENTS_CONNECTOR))
        .as("needs root / CAP_NET_ADMIN")
        .isTrue();
    List<Map<String, Object>> ev = watch("connector", 6);
    assertThat(ev)
        .extracting(m -> m.get("type"))
        .containsExactly("start", "exec", "exit", "start", "exec", "exit");
    assertThat(ev.get(1).get("name")).isEqualTo("sh");
    assertThat(ev.get(1).get("cmdline")).isEqualTo(List.of("sh", "-c", "sleep 0.5; exit 5"));
    assertThat(ev.get(2)).containsEntry("exit_code", 5L).containsEntry("signal", null);
    assertThat(ev.get(5)).containsEntry("exit_code", null).containsEntry("signal", 9L);
    assertThat(ev.get(0).get("pid")).isEqualTo(ev.get(2).get("pid"));
    assertThat(ev.get(3).get("pid")).isEqualTo(ev.get(5).get("pid"));
  }

  @Test
  void scanLinesForAChildTree() throws Exception {
    List<Map<String, Object>> ev = watch("scan", 4);
    assertThat(ev).extracting(m -> m.get("type")).containsExactly("start", "exit", "start", "exit");
    assertThat(ev.get(0).get("pid")).isEqualTo(ev.get(1).get("pid"));
    assertThat(ev.get(2).get("pid")).isEqualTo(ev.get(3).get("pid"));
    assertThat(ev.get(0).get("name")).isEqualTo("sh");
    assertThat(ev.get(0)).containsKeys("time", "ppid", "cmdline");
  }

  @Test
  void badOptionsAreUsageErrors() {
    CliRun mode =
        CliRun.capture((out, err) -> Main.run(new String[] {"events", "--mode", "x"}, out, err));
    assertThat(mode.status()).isEqualTo(Main.USAGE);
    assertThat(mode.err()).contains("--mode must be connector or scan, got 'x'");
    CliRun count =
        CliRun.capture((out, err) -> Main.run(new String[] {"events", "--count", "0"}, out, err));
    assertThat(count.status()).isEqualTo(Main.USAGE);
    assertThat(count.err()).contains("--count must be a whole number 1..2147483647, got '0'");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> watch(String mode, int count) throws Exception {
    Process parent = new ProcessBuilder("sh", "-c", SCRIPT).start();
    try {
      String p = Long.toString(parent.pid());
      CompletableFuture<CliRun> run =
          CompletableFuture.supplyAsync(
              () ->
                  CliRun.capture(
                      (out, err) ->
                          Main.run(
                              new String[] {
                                "events",
                                "--json",
                                "--mode",
                                mode,
                                "--interval",
                                "0.05",
                                "--pid",
                                p,
                                "--count",
                                Integer.toString(count)
                              },
                              out,
                              err)));
      long end = System.currentTimeMillis() + 30_000;
      while (!deliveryRunning() && System.currentTimeMillis() < end && !run.isDone()) {
        Thread.sleep(10);
      }
      try (OutputStream in = parent.getOutputStream()) {
        in.write("go\n".getBytes(StandardCharsets.UTF_8));
      }
      CliRun r = run.get(60, TimeUnit.SECONDS);
      assertThat(r.status()).as("stderr: " + r.err()).isZero();
      List<String> lines = r.out().lines().toList();
      assertThat(lines).hasSize(count);
      return lines.stream().map(l -> (Map<String, Object>) JsonParser.parse(l)).toList();
    } finally {
      parent.destroy();
      parent.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static boolean deliveryRunning() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().equals("jpsutil-events-delivery"));
  }
}
