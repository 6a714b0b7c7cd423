package io.github.jpsutil.cli;

import static io.github.jpsutil.cli.LiveMemoryDiskTest.asList;
import static io.github.jpsutil.cli.LiveMemoryDiskTest.asMap;
import static io.github.jpsutil.cli.LiveMemoryDiskTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.cli.testing.CliRun;
import io.github.jpsutil.cli.testing.NamedSleep;
import io.github.jpsutil.cli.testing.ProcFacts;
import io.github.jpsutil.cli.testing.Tool;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * ps, pidof, killall, procinfo, pmap and pstree on this machine, against /proc and a child started
 * under a unique name (so killall can never hit anything else).
 */
@EnabledOnOs(OS.LINUX)
class LiveProcessTest {
  static final long SELF = ProcessHandle.current().pid();
  static final long MIB = 1 << 20;

  static Map<String, Object> find(List<Object> procs, long pid) {
    return procs.stream()
        .map(LiveMemoryDiskTest::asMap)
        .filter(m -> ((Number) m.get("pid")).longValue() == pid)
        .findFirst()
        .orElseThrow(() -> new AssertionError("pid " + pid + " not listed"));
  }

  /** The kernel's comm, or, for a 15-character comm, psutil's name extended from the cmdline. */
  static void assertIsOurName(Object name) {
    String comm = ProcFacts.comm(SELF);
    if (comm.length() < 15) {
      assertThat(name).isEqualTo(comm);
    } else {
      assertThat((String) name).startsWith(comm);
    }
  }

  /** statm's resident pages (field 2) in bytes. */
  static long statmRss(long pageSize) {
    return Long.parseLong(ProcFacts.lines("/proc/self/statm").get(0).split(" ")[1]) * pageSize;
  }

  @Test
  void psJsonListsThisJvmWithItsNameAndResidentSize() throws Exception {
    long pageSize = Long.parseLong(Tool.run("", "getconf", "PAGESIZE").strip());
    // The heap grows while ps runs in this JVM, so statm is read on both sides of the run.
    long before = statmRss(pageSize);
    CliRun r = run("ps", "--json");
    long after = statmRss(pageSize);
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    Map<String, Object> self = find(asList(r.json()), SELF);
    assertIsOurName(self.get("name"));
    long rss = ((Number) asMap(self.get("memory_info")).get("rss")).longValue();
    assertThat(rss)
        .isBetween((long) (Math.min(before, after) * 0.9), (long) (Math.max(before, after) * 1.1));
    assertThat(self.get("username")).isEqualTo(System.getProperty("user.name"));
    assertThat(self.get("status")).isIn("running", "sleeping");
    assertThat((Double) self.get("cpu_percent_lifetime")).isGreaterThan(0.0);
    assertThat(asList(r.json())).hasSizeGreaterThan(ProcFacts.processCount() / 2);

    CliRun text = run("ps");
    assertThat(text.out().lines().findFirst().orElseThrow())
        .isEqualTo(
            "USER         PID  %CPU  %MEM     VSZ     RSS  NICE   STATUS  START   TIME CMDLINE");
    assertThat(text.out()).containsPattern("(?m)^\\S+ +" + SELF + " .* \\S*java");
  }

  @Test
  void pidofFindsAChildAndKillallEndsIt() throws Exception {
    try (NamedSleep child = new NamedSleep(Map.of())) {
      CliRun pidof = run("pidof", child.name());
      assertThat(pidof.status()).isZero();
      assertThat(pidof.out()).isEqualTo(child.pid() + "\n");
      assertThat(run("pidof", "--json", child.name()).json()).isEqualTo(List.of(child.pid()));
      // psutil's pidof also matches the first word of the command line.
      assertThat(run("pidof", child.exe().toString()).out()).isEqualTo(child.pid() + "\n");

      CliRun kill = run("killall", child.name());
      assertThat(kill.err()).isEmpty();
      assertThat(kill.status()).isZero();
      assertThat(kill.out())
          .isEqualTo("killed " + child.pid() + " (" + child.name() + ") with SIGTERM\n");
      assertThat(child.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
      assertThat(child.process().exitValue()).isEqualTo(128 + 15); // killed by SIGTERM

      CliRun none = run("pidof", child.name());
      assertThat(none.status()).isEqualTo(1);
      assertThat(none.out() + none.err()).isEmpty();
      CliRun again = run("killall", child.name());
      assertThat(again.status()).isEqualTo(1);
      assertThat(again.out()).isEmpty();
      assertThat(again.err())
          .isEqualTo("jpsutil: killall: " + child.name() + ": no process found\n");
    }
  }

  @Test
  void killallSendsTheSignalAskedForByNumber() throws Exception {
    try (NamedSleep child = new NamedSleep(Map.of())) {
      CliRun kill = run("killall", "--json", "--signal", "9", child.name());
      assertThat(kill.status()).isZero();
      assertThat(asMap(asList(kill.json()).get(0)))
          .containsEntry("pid", child.pid())
          .containsEntry("name", child.name())
          .containsEntry("signal", "9");
      assertThat(child.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
      assertThat(child.process().exitValue()).isEqualTo(128 + 9);
    }
  }

  @Test
  void procinfoOfAChildShowsItsCmdlineCwdParentAndEnvironmentOnRequest() throws Exception {
    try (NamedSleep child = new NamedSleep(Map.of("JPSUTIL_TEST_MARK", "x42"))) {
      String pid = Long.toString(child.pid());
      CliRun text = run("procinfo", pid);
      assertThat(text.status()).isZero();
      assertThat(text.err()).isEmpty();
      String cwd = child.dir().toRealPath().toString();
      assertThat(text.out())
          .startsWith("pid           " + pid + "\nname          " + child.name() + "\n")
          .contains("\ncmdline       " + child.exe() + " 120\n")
          .contains("\ncwd           " + cwd + "\n")
          .contains("\nexe           " + child.exe().toRealPath() + "\n")
          .containsPattern("\nparent        " + SELF + " \\(.+\\)\n")
          .contains("\nnum-threads   1\n")
          .doesNotContain("JPSUTIL_TEST_MARK");
      assertThat(run("procinfo", "--env", pid).out())
          .containsPattern("\n {14}JPSUTIL_TEST_MARK +x42\n");

      Map<String, Object> json = asMap(run("procinfo", "--json", pid).json());
      assertThat(json.get("cmdline")).isEqualTo(List.of(child.exe().toString(), "120"));
      assertThat(json).containsEntry("cwd", cwd).containsEntry("ppid", SELF);
      assertThat(json).doesNotContainKey("environ");
      assertThat(asMap(json.get("parent"))).containsEntry("pid", SELF);
      assertThat(asMap(json.get("rlimits")).get("RLIMIT_NOFILE")).isInstanceOf(List.class);
      assertThat(asMap(asMap(run("procinfo", "--json", "--env", pid).json()).get("environ")))
          .containsEntry("JPSUTIL_TEST_MARK", "x42");
    }
  }

  @Test
  void pidsWithoutAProcessAreOneLineRuntimeErrors() {
    int beyond = ProcFacts.pidMax() + 1;
    for (String command : List.of("procinfo", "pmap")) {
      CliRun r = run(command, Integer.toString(beyond));
      assertThat(r.status()).isEqualTo(1);
      assertThat(r.out()).isEmpty();
      assertThat(r.err())
          .isEqualTo("jpsutil: " + command + ": process PID not found (pid=" + beyond + ")\n");
    }
  }

  /** pmap's total is the sum of Rss over /proc/self/smaps, read just before and just after. */
  @Test
  void pmapOfThisJvmTotalsTheSmapsRss() {
    long before = ProcFacts.smapsSum(SELF, "Rss");
    CliRun json = run("pmap", "--json", Long.toString(SELF));
    CliRun text = run("pmap", Long.toString(SELF));
    long after = ProcFacts.smapsSum(SELF, "Rss");
    assertThat(json.status()).isZero();
    assertThat(text.status()).isZero();
    Map<String, Object> m = asMap(json.json());
    long total = ((Number) m.get("total_rss")).longValue();
    assertThat(total).isBetween(Math.min(before, after) - MIB, Math.max(before, after) + MIB);
    long sum = 0;
    for (Object region : asList(m.get("memory_maps"))) {
      sum += ((Number) asMap(region).get("rss")).longValue();
    }
    assertThat(sum).isEqualTo(total);
    assertIsOurName(m.get("name"));
    // The text's total is bytes2human: one decimal of MiB (or GiB) on top of the drift.
    String totalLine =
        text.out().lines().filter(l -> l.startsWith("Total ")).findFirst().orElseThrow();
    double shown = parseHuman(totalLine.substring(5).strip());
    // bytes2human keeps one decimal of the unit: half a unit of rounding (0.05 MiB or, above
    // 1 GiB, 0.05 GiB) on top of the drift between the two reads.
    double rounding = (shown >= 1024.0 * MIB ? 1024.0 * MIB : MIB) * 0.05;
    assertThat(shown)
        .isBetween(
            Math.min(before, after) - MIB - rounding, Math.max(before, after) + MIB + rounding);
    assertThat(text.out()).endsWith("PID = " + SELF + ", name = " + m.get("name") + "\n");
  }

  static double parseHuman(String text) {
    String units = "BKMGT";
    char unit = text.charAt(text.length() - 1);
    double value = Double.parseDouble(text.substring(0, text.length() - 1));
    return value * Math.pow(1024, units.indexOf(unit));
  }

  /** The JVM's line is indented under its parent's, in text and JSON. */
  @Test
  void pstreeShowsThisJvmUnderItsParent() {
    int ppid = ProcFacts.ppid(SELF);
    CliRun r = run("pstree");
    assertThat(r.status()).isZero();
    List<String> lines = r.out().lines().toList();
    int self = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).substring(start(lines.get(i))).startsWith(SELF + " ")) {
        self = i;
      }
    }
    assertThat(self).as("this JVM's line").isPositive();
    int depth = start(lines.get(self));
    int parent = self - 1;
    while (start(lines.get(parent)) >= depth) {
      parent--;
    }
    assertThat(lines.get(parent).substring(start(lines.get(parent)))).startsWith(ppid + " ");
    String line = lines.get(self);
    assertIsOurName(line.substring(start(line) + (SELF + " ").length()));

    List<Object> roots = asList(run("pstree", "--json").json());
    Map<String, Object> parentNode = findNode(roots, ppid);
    assertThat(asList(parentNode.get("children")))
        .anySatisfy(c -> assertThat(asMap(c)).containsEntry("pid", SELF));
  }

  private static Map<String, Object> findNode(List<Object> nodes, long pid) {
    for (Object n : nodes) {
      Map<String, Object> node = asMap(n);
      if (((Number) node.get("pid")).longValue() == pid) {
        return node;
      }
      Map<String, Object> found = findNodeOrNull(asList(node.get("children")), pid);
      if (found != null) {
        return found;
      }
    }
    throw new AssertionError("pid " + pid + " not in the tree");
  }

  private static Map<String, Object> findNodeOrNull(List<Object> nodes, long pid) {
    try {
      return findNode(nodes, pid);
    } catch (AssertionError e) {
      return null;
    }
  }

  /** Where the pid starts: after the tree's {@code |- }, {@code `_ } and indentation. */
  private static int start(String line) {
    int i = 0;
    while (i < line.length() && !Character.isDigit(line.charAt(i))) {
      i++;
    }
    return i;
  }
}
