package io.github.jpsutil.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.jpsutil.api.User;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.spi.BackendConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** LinuxHost on this machine against vmstat, ps, who and utmpdump. */
@EnabledOnOs(OS.LINUX)
class LinuxHostLiveTest {
  /** {@code who}'s time format in the C locale, "%b %e %H:%M", in UTC (Tools sets TZ). */
  private static final DateTimeFormatter WHO_TIME =
      DateTimeFormatter.ofPattern("MMM d HH:mm", Locale.US).withZone(ZoneOffset.UTC);

  private final LinuxHost host = new LinuxHost(new LinuxFiles(BackendConfig.defaults()));

  /** psutil TestMisc::test_boot_time: whole seconds, exact. */
  @Test
  void bootTimeMatchesVmstat() {
    long vmstat = Tools.vmstat(Tools.run("vmstat", "-s"), "boot time");
    assertThat(host.bootTime().getEpochSecond()).isEqualTo(vmstat);
  }

  /**
   * psutil TestSystemAPIs::test_pids, against {@code ps -e}: processes start and end between the
   * two listings (ps itself, its parent shell), so a symmetric difference of at most 5 is allowed.
   */
  @Test
  void pidsMatchPs() {
    // ps runs before and after our read: a pid in both ps listings lived throughout and must be
    // ours. (A pid of ours that neither ps run saw is a process that lived only in between.)
    Set<Integer> before = psPids();
    int[] pids = host.pids();
    Set<Integer> after = psPids();
    Set<Integer> ours = new HashSet<>();
    for (int i = 0; i < pids.length; i++) {
      ours.add(pids[i]);
      if (i > 0) {
        assertThat(pids[i]).isGreaterThan(pids[i - 1]);
      }
    }
    Set<Integer> stable = new HashSet<>(before);
    stable.retainAll(after);
    Set<Integer> missing = new HashSet<>(stable);
    missing.removeAll(ours);
    // ps lists itself in each run: those two pids are the only ones we may not see.
    assertThat(missing)
        .as("pids ps saw before and after that we missed")
        .hasSizeLessThanOrEqualTo(2);
    assertThat(ours).contains((int) ProcessHandle.current().pid(), 1);
  }

  private static Set<Integer> psPids() {
    return Tools.run("ps", "-e", "-o", "pid=")
        .lines()
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(Integer::valueOf)
        .collect(Collectors.toSet());
  }

  /** psutil gh-687: a thread id is not a process id. */
  @Test
  void pidExistsIsTrueForThisProcessAndFalseForItsThreads() throws IOException {
    int self = (int) ProcessHandle.current().pid();
    assertThat(host.pidExists(self)).isTrue();
    List<Integer> threads = new ArrayList<>();
    try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
      tasks
          .map(p -> Integer.valueOf(p.getFileName().toString()))
          .filter(tid -> tid != self)
          .forEach(threads::add);
    }
    assertThat(threads).isNotEmpty(); // a JVM always has more threads than its main one
    for (int tid : threads) {
      assertThat(Files.exists(Path.of("/proc/" + tid))).isTrue();
      assertThat(host.pidExists(tid)).as("thread %d", tid).isFalse();
    }
    // readAllLines, not readString: a sysctl file answers a read at offset > 0 with EOF, and
    // readString's first read of a size-0 file is a single byte.
    int pidMax = Integer.parseInt(Files.readAllLines(Path.of("/proc/sys/kernel/pid_max")).get(0));
    assertThat(host.pidExists(pidMax + 1)).isFalse();
  }

  /** psutil TestSystemAPIs::test_users against {@code who -u} on this machine's own utmp. */
  @Test
  void usersMatchWho() {
    assertThat(whoLines(host.users())).isEqualTo(whoOutput(Tools.run("who", "-u")));
  }

  /**
   * A utmp file written by util-linux {@code utmpdump -r} (an independent encoder) into a temporary
   * root, decoded by jpsutil and by coreutils {@code who -u FILE}.
   */
  @Test
  void usersOfAUtmpFileWrittenByUtmpdumpMatchWho(@TempDir Path root) throws IOException {
    assumeThat(Tools.exists("utmpdump") && Tools.exists("who")).isTrue();
    String records =
        """
        [2] [00000] [~~  ] [reboot  ] [~           ] [6.1.0-18-amd64      ] [0.0.0.0        ] [2024-03-05T09:00:00,000000+00:00]
        [7] [12345] [ts/0] [alice   ] [pts/0       ] [10.0.0.7            ] [10.0.0.7       ] [2024-03-05T10:20:30,123456+00:00]
        [7] [00222] [:0  ] [bob     ] [tty7        ] [:0                  ] [0.0.0.0        ] [2024-03-05T11:00:00,000000+00:00]
        [8] [00333] [ts/1] [carol   ] [pts/1       ] [                    ] [0.0.0.0        ] [2024-03-05T11:05:00,000000+00:00]
        [7] [04321] [ts/2] [dave    ] [pts/2       ] [host.example.org    ] [0.0.0.0        ] [2024-03-06T23:59:59,999999+00:00]
        """;
    Path text = root.resolve("utmp.txt");
    Files.writeString(text, records);
    Path utmp = Files.createDirectories(root.resolve("var/run")).resolve("utmp");
    Tools.run("sh", "-c", "utmpdump -r < \"$0\" > \"$1\"", text.toString(), utmp.toString());

    LinuxHost rooted =
        new LinuxHost(new LinuxFiles(new BackendConfig(Path.of("/proc"), Path.of("/sys"), root)));
    List<User> users = rooted.users();
    assertThat(users).extracting(User::name).containsExactly("alice", "bob", "dave");
    assertThat(users.get(0).started().toString()).isEqualTo("2024-03-05T10:20:30.123456Z");
    assertThat(users.get(1).host()).hasValue("localhost"); // ":0"
    assertThat(whoLines(users)).isEqualTo(whoOutput(Tools.run("who", "-u", utmp.toString())));
  }

  /** Our users as who prints them: name, tty, minute (UTC), pid, raw host (":0" kept). */
  private static List<String> whoLines(List<User> users) {
    List<String> lines = new ArrayList<>();
    for (User u : users) {
      String host = u.host().orElse("");
      lines.add(
          String.join(
              " ",
              u.name(),
              u.terminal().orElse("?"),
              WHO_TIME.format(u.started()),
              Integer.toString(u.pid().orElse(-1)),
              host.equals("localhost") ? "(local)" : "(" + host + ")"));
    }
    return lines;
  }

  /**
   * {@code who -u} lines "alice pts/0 Mar 5 10:20 ? 12345 (10.0.0.7)" (name, tty, time, idle, pid,
   * host) reduced to the same shape; an X display or missing host becomes "(local)", as psutil maps
   * both to localhost.
   */
  private static List<String> whoOutput(String out) {
    List<String> lines = new ArrayList<>();
    for (String line : out.split("\n")) {
      String[] f = line.strip().split("\\s+");
      if (f.length < 7) {
        continue;
      }
      String host = f.length > 7 ? f[7] : "()";
      if (host.equals("(:0)") || host.equals("(:0.0)") || host.equals("()")) {
        host = "(local)";
      }
      lines.add(String.join(" ", f[0], f[1], f[2] + " " + f[3] + " " + f[4], f[6], host));
    }
    return lines;
  }
}
