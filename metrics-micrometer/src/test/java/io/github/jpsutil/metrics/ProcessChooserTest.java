package io.github.jpsutil.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.metrics.ProcessChooser.Candidate;
import io.github.jpsutil.metrics.ProcessChooser.Choice;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessChooserTest {
  private static Candidate c(int pid, String name, double cpu, long rss) {
    return new Candidate(key(pid), name, name == null ? null : name + " --arg", cpu, rss);
  }

  private static ProcessKey key(int pid) {
    return new ProcessKey(pid, Instant.ofEpochSecond(1000 + pid));
  }

  private static final List<Candidate> SCAN =
      List.of(
          c(1, "init", 0.0, 10),
          c(7, "postgres", 0.5, 900),
          c(8, "postgres", 0.0, 800),
          c(20, "java", 2.0, 5000),
          c(21, "kworker", Double.NaN, 0),
          c(30, "busy", 3.0, 50),
          c(31, "busy2", 3.0, 60),
          c(40, null, 1.0, -1));

  @Test
  void nothingSelectedChoosesNothing() {
    assertThat(ProcessChooser.choose(SCAN, ProcessSelection.none(), 20).chosen()).isEmpty();
  }

  @Test
  void selfAndPidsAreChosenWhileTheyExist() {
    Choice c =
        ProcessChooser.choose(SCAN, ProcessSelection.builder().self().pids(8, 99).build(), 20);
    assertThat(c.chosen()).containsExactly(key(20), key(8));
  }

  @Test
  void topByCpuRanksByCpuSecondsThenPidAndSkipsIdleAndUnknown() {
    Choice c = ProcessChooser.choose(SCAN, ProcessSelection.builder().topByCpu(3).build(), 0);
    assertThat(c.chosen()).containsExactly(key(30), key(31), key(20));
    Choice all = ProcessChooser.choose(SCAN, ProcessSelection.builder().topByCpu(10).build(), 0);
    // 1 and 8 used no CPU, 21 has no baseline yet: never chosen as "top".
    assertThat(all.chosen()).containsExactly(key(30), key(31), key(20), key(40), key(7));
  }

  @Test
  void topByMemoryRanksByRssAndSkipsZeroAndUnknown() {
    Choice c = ProcessChooser.choose(SCAN, ProcessSelection.builder().topByMemory(2).build(), 0);
    assertThat(c.chosen()).containsExactly(key(20), key(7));
    Choice all =
        ProcessChooser.choose(SCAN, ProcessSelection.builder().topByMemory(100).build(), 0);
    assertThat(all.chosen()).doesNotContain(key(21), key(40)).hasSize(6);
  }

  @Test
  void patternsMatchAnywhereInNameOrCommandLine() {
    Choice byName =
        ProcessChooser.choose(SCAN, ProcessSelection.builder().nameMatching("gres").build(), 0);
    assertThat(byName.chosen()).containsExactly(key(7), key(8));
    Choice byCmdline =
        ProcessChooser.choose(
            SCAN, ProcessSelection.builder().cmdlineMatching("^busy2? --arg$").build(), 0);
    assertThat(byCmdline.chosen()).containsExactly(key(30), key(31));
  }

  @Test
  void theLimitKeepsSelfThenPidsThenTopThenPatternMatches() {
    ProcessSelection sel =
        ProcessSelection.builder()
            .cmdlineMatching(".")
            .topByMemory(1)
            .topByCpu(1)
            .pids(1)
            .self()
            .limit(4)
            .build();
    Choice c = ProcessChooser.choose(SCAN, sel, 8);
    assertThat(c.chosen()).containsExactly(key(8), key(1), key(30), key(20));
    assertThat(c.dropped()).isEqualTo(3); // 7, 21 and 31 matched the pattern too
  }

  @Test
  void aProcessSelectedTwiceCountsOnce() {
    ProcessSelection sel = ProcessSelection.builder().self().pids(20).topByMemory(1).build();
    assertThat(ProcessChooser.choose(SCAN, sel, 20).chosen()).containsExactly(key(20));
  }
}
