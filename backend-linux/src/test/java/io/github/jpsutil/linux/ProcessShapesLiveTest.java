package io.github.jpsutil.linux;

import static io.github.jpsutil.linux.ProcessLiveTest.PROCS;
import static io.github.jpsutil.linux.Spawned.ps;
import static io.github.jpsutil.linux.Spawned.statusLine;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.api.OpenFile;
import io.github.jpsutil.linux.parse.SurrogateEscape;
import io.github.jpsutil.spi.ProcessOps;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Processes with odd names, long or rewritten command lines, open files and non-UTF-8 bytes. */
@EnabledOnOs(OS.LINUX)
class ProcessShapesLiveTest {
  private static final String PYTHON = "/usr/bin/python3";

  @TempDir Path tmp;

  /** A copy of sleep under a name with spaces and parentheses (psutil gh-628). */
  @Test
  void namesWithParenthesesAndSpaces() throws Exception {
    for (String name : List.of("x) (y z", "my (weird) name here")) {
      Path bin = tmp.resolve(name);
      Files.copy(Path.of(Spawned.run("sh", "-c", "command -v sleep").strip()), bin);
      bin.toFile().setExecutable(true);
      String comm = name.length() > 15 ? name.substring(0, 15) : name; // TASK_COMM_LEN - 1
      try (Spawned s = Spawned.start(bin.toString(), "300").awaitComm(comm)) {
        ProcessOps p = PROCS.open(s.pid());
        assertThat(p.name()).isEqualTo(comm).isEqualTo(ps(s.pid(), "comm"));
        assertThat(statusLine(s.pid(), "Name")).isEqualTo(comm);
        assertThat(p.ppid()).isEqualTo(ProcessHandle.current().pid());
        assertThat(p.exe()).isEqualTo(bin.toString());
        assertThat(p.cmdline()).containsExactly(bin.toString(), "300");
      }
    }
  }

  @Test
  void longCommandLineIsComplete() {
    List<String> cmd = new ArrayList<>(List.of("sh", "-c", "sleep 300; exit 0", "argv0"));
    for (int i = 0; i < 5000; i++) {
      cmd.add("argument-" + i);
    }
    try (Spawned s = Spawned.start(cmd.toArray(String[]::new))) {
      Spawned.await(() -> Spawned.procText(s.pid(), "cmdline").contains("argument-4999"), "exec");
      ProcessOps p = PROCS.open(s.pid());
      assertThat(p.cmdline()).isEqualTo(cmd);
      assertThat(String.join(" ", p.cmdline())).isEqualTo(ps(s.pid(), "args"));
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  /** perl's {@code $0 =} rewrites the argument area as setproctitle does (psutil gh-1179). */
  @Test
  void rewrittenTitleIsSplitOnSpacesAsPsutil() throws Exception {
    try (Spawned s = Spawned.start("perl", "-e", "$0 = 'my title here'; sleep 300")) {
      Spawned.await(() -> Spawned.procText(s.pid(), "cmdline").startsWith("my title"), "title");
      ProcessOps p = PROCS.open(s.pid());
      assertThat(p.cmdline()).containsExactly("my", "title", "here");
      assertThat(ps(s.pid(), "args")).isEqualTo("my title here");
    }
  }

  /** argv and environment bytes that are not UTF-8 survive, and encode back to the raw bytes. */
  @Test
  void nonUtf8ArgumentsAndEnvironmentAreLossless() throws Exception {
    String script =
        "import os\n"
            + "os.execve('/bin/sleep', [b'sl\\xffeep', b'300'],"
            + " {b'JP_K\\xfe': b'v\\xe2\\x82', b'PATH': b'/usr/bin:/bin'})\n";
    try (Spawned s = Spawned.start(PYTHON, "-c", script).awaitComm("sleep")) {
      ProcessOps p = PROCS.open(s.pid());
      assertThat(p.cmdline()).containsExactly("sl\udcffeep", "300");
      assertThat(p.environ()).containsEntry("JP_K\udcfe", "v\udce2\udc82");
      byte[] raw = Files.readAllBytes(Path.of("/proc/" + s.pid() + "/cmdline"));
      assertThat(SurrogateEscape.encode(String.join("\0", p.cmdline()) + "\0")).isEqualTo(raw);
    }
  }

  /**
   * A python process opens five files in psutil's five modes at known offsets and reports each fd's
   * offset itself ({@code os.lseek(fd, 0, SEEK_CUR)}): open_files must match it exactly.
   */
  @Test
  void openFilesWithPositionAndModeAgainstTheProcessItself() throws Exception {
    Path f = tmp.resolve("data file (1).txt");
    Files.writeString(f, "0123456789abcdefghij");
    String script =
        "import os, sys, time\n"
            + "p = sys.argv[1]\n"
            + "fs = [open(p, 'r'), open(p, 'r+'), open(p, 'a'), open(p, 'a+'), open(p + '.w', 'w')]\n"
            + "fs[0].seek(5); fs[1].seek(7); fs[2].write('xyz'); fs[2].flush(); fs[3].seek(3)\n"
            + "fs[4].write('hello'); fs[4].flush()\n"
            + "print(' '.join('%d:%d' % (x.fileno(), os.lseek(x.fileno(), 0, os.SEEK_CUR)) for x in fs), flush=True)\n"
            + "time.sleep(300)\n";
    try (Spawned s = Spawned.start(new ProcessBuilder(PYTHON, "-c", script, f.toString()))) {
      String[] reported = s.firstLine().split(" ");
      ProcessOps p = PROCS.open(s.pid());
      List<OpenFile> files = p.openFiles();
      String[] modes = {"r", "r+", "a", "a+", "w"};
      String[] paths = {f.toString(), f.toString(), f.toString(), f.toString(), f + ".w"};
      assertThat(files).hasSize(5);
      for (int i = 0; i < 5; i++) {
        int fd = Integer.parseInt(reported[i].split(":")[0]);
        long pos = Long.parseLong(reported[i].split(":")[1]);
        OpenFile.Linux of = (OpenFile.Linux) files.get(i);
        assertThat(of.fd()).isEqualTo(OptionalInt.of(fd));
        assertThat(of.path()).isEqualTo(paths[i]);
        assertThat(of.mode()).as("fd %d", fd).isEqualTo(modes[i]);
        assertThat(of.position()).as("fd %d", fd).isEqualTo(pos);
      }
      assertThat(p.numFds()).isGreaterThanOrEqualTo(5 + 3);
    }
  }

  /** A deleted file that is still open is not listed: psutil stats its path, which is gone. */
  @Test
  void deletedOpenFileIsLeftOutAsInPsutil() throws Exception {
    Path f = tmp.resolve("doomed");
    Files.writeString(f, "x");
    String script = "exec 3<'" + f + "'; rm '" + f + "'; echo ready; sleep 300; exit 0";
    try (Spawned s = Spawned.start(new ProcessBuilder("sh", "-c", script))) {
      assertThat(s.firstLine()).isEqualTo("ready");
      assertThat(Files.readSymbolicLink(Path.of("/proc/" + s.pid() + "/fd/3")).toString())
          .endsWith(" (deleted)");
      assertThat(PROCS.open(s.pid()).openFiles()).isEmpty();
    }
  }

  @Test
  void environmentGivenToTheProcess() throws Exception {
    ProcessBuilder pb = new ProcessBuilder("sleep", "300");
    pb.environment().clear();
    pb.environment().putAll(Map.of("A", "1", "B", "x=y", "EMPTY", ""));
    try (Spawned s =
        Spawned.start(pb.redirectOutput(ProcessBuilder.Redirect.DISCARD)).awaitComm("sleep")) {
      assertThat(PROCS.open(s.pid()).environ())
          .containsOnly(Map.entry("A", "1"), Map.entry("B", "x=y"), Map.entry("EMPTY", ""));
    }
  }
}
