package io.github.jpsutil.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.ZombieProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The process contract written once for every OS, so that the first run on Windows, macOS, FreeBSD
 * or illumos checks the same things Linux does (the Linux-only live tests go further). Every getter
 * of {@link ProcessGetters} on every pid returns a value or raises exactly NoSuchProcess,
 * ZombieProcess or AccessDenied; UnsupportedOperationException is allowed exactly where {@code
 * Psutil.supports} says the feature is missing (psutil's {@code test_process_all.py}).
 */
class PortableContractLiveTest {
  private final Psutil ps = Psutil.local();
  @TempDir Path dir;

  /** Our own process, as the JDK sees it (pid, parent, start time within 1 s). */
  @Test
  void selfIsTheProcessTheJdkSees() {
    ProcessHandle me = ProcessHandle.current();
    OsProcess self = ps.self();
    assertThat(self.pid()).isEqualTo((int) me.pid());
    assertThat(ps.process((int) me.pid())).isEqualTo(self);
    if (ps.supports(Feature.PROC_PPID) && me.parent().isPresent()) {
      assertThat(self.ppid()).isEqualTo((int) me.parent().get().pid());
    }
    if (ps.supports(Feature.PROC_CREATE_TIME) && me.info().startInstant().isPresent()) {
      Instant jdk = me.info().startInstant().get();
      assertThat(Duration.between(jdk, self.createTime()).abs())
          .isLessThanOrEqualTo(Duration.ofSeconds(1));
    }
    assertThat(ps.pids()).contains(self.pid());
  }

  /** A child we start is ours, dies when killed, and is then NoSuchProcess for every getter. */
  @Test
  void aKilledChildIsGoneForEveryGetter() throws Exception {
    Process child = new ProcessBuilder(sleeperCommand()).start();
    try {
      OsProcess p = ps.popen(child);
      if (ps.supports(Feature.PROC_PPID)) {
        assertThat(p.ppid()).isEqualTo(ps.self().pid());
      }
      assertThat(p.isRunning()).isTrue();
      p.kill();
      assertThat(p.waitFor(Duration.ofSeconds(10))).isPresent();
      assertThat(p.isRunning()).isFalse();
      if (ps.supports(Feature.PROC_NAME)) {
        assertThatThrownBy(p::name).isInstanceOf(NoSuchProcess.class);
      }
      assertThatThrownBy(() -> p.sendSignal(15)).isInstanceOf(NoSuchProcess.class);
    } finally {
      child.destroyForcibly();
    }
  }

  @Test
  void everyGetterOnEveryPidKeepsTheContract() {
    Map<String, Function<OsProcess, Object>> getters = ProcessGetters.all();
    Map<String, Integer> outcomes = new TreeMap<>();
    List<String> violations = new ArrayList<>();
    int processes = 0;
    for (OsProcess p : ps.processIter()) {
      processes++;
      for (Map.Entry<String, Function<OsProcess, Object>> g : getters.entrySet()) {
        String outcome = call(p, g.getKey(), g.getValue(), violations);
        outcomes.merge(outcome, 1, Integer::sum);
      }
    }
    String summary = "processes=" + processes + " outcomes=" + outcomes;
    assertThat(violations).as(summary).isEmpty();
    assertThat(processes).as(summary).isGreaterThanOrEqualTo(ps.pids().size() / 2);
    assertThat(outcomes.getOrDefault("OK", 0)).as(summary).isPositive();
  }

  private String call(
      OsProcess p, String name, Function<OsProcess, Object> getter, List<String> violations) {
    Feature feature = PortableFeatures.of(name);
    boolean supported = ps.supports(feature);
    String where = "pid " + p.pid() + " " + name + " (" + feature + " supported=" + supported + ")";
    try {
      Object value = getter.apply(p);
      if (!supported) {
        violations.add(where + " returned " + value + " although the feature is unsupported");
      } else if (value == null) {
        violations.add(where + " returned null");
      }
      return "OK";
    } catch (ZombieProcess e) {
      return "ZOMBIE";
    } catch (NoSuchProcess e) {
      return "NSP";
    } catch (AccessDenied e) {
      return "AD";
    } catch (UnsupportedOperationException e) {
      if (supported) {
        violations.add(where + " raised " + e);
      }
      return "UOE";
    } catch (RuntimeException e) {
      violations.add(where + " raised " + e);
      return "ERROR";
    }
  }

  /**
   * A child that lives until killed, on every OS: this JVM's java running a one-line source file
   * (JEP 330) that sleeps for 60 s.
   */
  private List<String> sleeperCommand() throws java.io.IOException {
    Path source = dir.resolve("Sleeper.java");
    Files.writeString(
        source,
        "class Sleeper { public static void main(String[] a) throws Exception {"
            + " Thread.sleep(60_000); } }");
    String java =
        ProcessHandle.current().info().command().orElseThrow(() -> new AssertionError("no java"));
    return List.of(java, source.toString());
  }
}
