package io.github.jpsutil.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.ProcessStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Who a process is, through the public API, for this JVM and for a {@code sleep} child started in a
 * temporary directory with a marker variable: each value against {@code ps}, the JDK or our own
 * reading of {@code /proc} (psutil test_posix.py and test_process.py).
 */
@EnabledOnOs(OS.LINUX)
class ProcessIdentityLiveTest {
  private static final String MARKER = "JPSUTIL_ITEST_MARKER";

  private final Psutil ps = Psutil.local();
  private final LiveChildren children = new LiveChildren();
  @TempDir Path dir;
  private String sleepPath;
  private Process child;

  @BeforeEach
  void startChild() throws Exception {
    sleepPath = OsTool.run("sh", "-c", "command -v sleep");
    child = children.start(dir, Map.of(MARKER, "m-42 with spaces"), sleepPath, "30");
  }

  @AfterEach
  void stopChild() throws Exception {
    children.close();
  }

  private long pidOf(Subject s) {
    return s == Subject.SELF ? ProcessHandle.current().pid() : child.pid();
  }

  private OsProcess processOf(Subject s) {
    return ps.process((int) pidOf(s));
  }

  @ParameterizedTest
  @EnumSource(Subject.class)
  void pidAndPpidAgainstPs(Subject s) {
    OsProcess p = processOf(s);
    assertThat(p.pid()).isEqualTo(pidOf(s));
    assertThat(p.ppid()).isEqualTo(Integer.parseInt(OsTool.ps(pidOf(s), "ppid")));
    if (s == Subject.CHILD) {
      assertThat(p.ppid()).isEqualTo(ProcessHandle.current().pid());
    }
  }

  @Test
  void nameExeAndCmdlineOfTheChild() throws Exception {
    OsProcess p = processOf(Subject.CHILD);
    assertThat(p.name()).isEqualTo("sleep").isEqualTo(OsTool.ps(child.pid(), "comm"));
    assertThat(p.exe()).isEqualTo(Path.of(sleepPath).toRealPath().toString());
    assertThat(p.cmdline()).containsExactly(sleepPath, "30");
  }

  @Test
  void nameExeAndCmdlineOfThisJvm() throws Exception {
    OsProcess p = ps.self();
    long pid = p.pid();
    assertThat(p.name()).isEqualTo(OsTool.ps(pid, "comm")).isEqualTo("java");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java").toRealPath();
    assertThat(p.exe()).isEqualTo(java.toString());
    // -ww: unlimited width; ps joins the arguments with single spaces.
    assertThat(String.join(" ", p.cmdline()))
        .isEqualTo(
            OsTool.run("ps", "-ww", "--no-headers", "-p", Long.toString(pid), "-o", "args="));
    // The JDK's arguments are argv[1..].
    assertThat(p.cmdline().subList(1, p.cmdline().size()))
        .containsExactly(ProcessHandle.current().info().arguments().orElseThrow());
  }

  @ParameterizedTest
  @EnumSource(Subject.class)
  void statusAgainstPsStateLetter(Subject s) throws Exception {
    OsProcess p = processOf(s);
    if (s == Subject.CHILD) {
      // Just after exec the child may still be running on its way into nanosleep.
      Eventually.until(
          java.time.Duration.ofSeconds(5),
          "the child to sleep",
          () -> ProcFs.statField(child.pid(), 3).equals("S"));
    }
    // The JVM may be running or sleeping at the instant each tool looks: retry until both agree.
    Eventually.retry(
        20,
        () -> {
          ProcessStatus st = p.status();
          assertThat(st).isEqualTo(fromLetter(OsTool.ps(pidOf(s), "stat").charAt(0)));
        });
    if (s == Subject.CHILD) {
      assertThat(p.status()).isEqualTo(ProcessStatus.SLEEPING);
    }
  }

  private static ProcessStatus fromLetter(char c) {
    return switch (c) {
      case 'R' -> ProcessStatus.RUNNING;
      case 'S' -> ProcessStatus.SLEEPING;
      case 'D' -> ProcessStatus.DISK_SLEEP;
      case 'T' -> ProcessStatus.STOPPED;
      case 'Z' -> ProcessStatus.ZOMBIE;
      default -> throw new AssertionError("unexpected ps state " + c);
    };
  }

  /**
   * ps prints lstart to the second (truncated), so within 1 s; against btime + starttime / CLK_TCK
   * read by the test itself, within one clock tick.
   */
  @ParameterizedTest
  @EnumSource(Subject.class)
  void createTimeAgainstPsLstartAndProcStat(Subject s) {
    long pid = pidOf(s);
    Instant created = processOf(s).createTime();
    String lstart = OsTool.ps(pid, "lstart").replaceAll(" +", " ");
    Instant psStart =
        LocalDateTime.parse(
                lstart, DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.ROOT))
            .atZone(ZoneId.systemDefault())
            .toInstant();
    assertThat(created.toEpochMilli() / 1000.0).isCloseTo(psStart.getEpochSecond(), within(1.0));
    double clkTck = Double.parseDouble(OsTool.run("getconf", "CLK_TCK"));
    double fromStat = ProcFs.bootTime() + Long.parseLong(ProcFs.statField(pid, 22)) / clkTck;
    assertThat(created.toEpochMilli() / 1000.0).isCloseTo(fromStat, within(1 / clkTck));
    ProcessHandle.of(pid)
        .flatMap(h -> h.info().startInstant())
        .ifPresent(
            jdk ->
                assertThat(created)
                    .isCloseTo(jdk, within(1, java.time.temporal.ChronoUnit.SECONDS)));
  }

  @ParameterizedTest
  @EnumSource(Subject.class)
  void usernameUidsGidsAgainstPs(Subject s) {
    long pid = pidOf(s);
    OsProcess p = processOf(s);
    assertThat(p.username()).isEqualTo(OsTool.ps(pid, "user"));
    String[] uids = OsTool.ps(pid, "uid,euid,suid").trim().split("\\s+");
    assertThat(p.uids().real()).isEqualTo(Integer.parseInt(uids[0]));
    assertThat(p.uids().effective()).isEqualTo(Integer.parseInt(uids[1]));
    assertThat(p.uids().saved()).hasValue(Integer.parseInt(uids[2]));
    String[] gids = OsTool.ps(pid, "rgid,egid,sgid").trim().split("\\s+");
    assertThat(p.gids().real()).isEqualTo(Integer.parseInt(gids[0]));
    assertThat(p.gids().effective()).isEqualTo(Integer.parseInt(gids[1]));
    assertThat(p.gids().saved()).hasValue(Integer.parseInt(gids[2]));
    assertThat(p.uids().real()).isEqualTo(Integer.parseInt(OsTool.run("id", "-u")));
  }

  @ParameterizedTest
  @EnumSource(Subject.class)
  void terminalAgainstPsTty(Subject s) {
    String tty = OsTool.ps(pidOf(s), "tty");
    Optional<String> expected = tty.equals("?") ? Optional.empty() : Optional.of("/dev/" + tty);
    assertThat(processOf(s).terminal()).isEqualTo(expected);
  }

  @Test
  void cwdAndEnvironOfTheChild() throws Exception {
    OsProcess p = processOf(Subject.CHILD);
    assertThat(p.cwd()).isEqualTo(dir.toRealPath().toString());
    assertThat(p.environ()).containsEntry(MARKER, "m-42 with spaces");
    assertThat(System.getenv()).doesNotContainKey(MARKER);
  }

  @Test
  void cwdAndEnvironOfThisJvm() throws Exception {
    OsProcess p = ps.self();
    assertThat(p.cwd()).isEqualTo(Path.of("").toAbsolutePath().toRealPath().toString());
    assertThat(Files.isDirectory(Path.of(p.cwd()))).isTrue();
    // The JVM's view of its environment is the kernel's initial block: equal maps (psutil).
    assertThat(p.environ()).isEqualTo(System.getenv());
  }
}
