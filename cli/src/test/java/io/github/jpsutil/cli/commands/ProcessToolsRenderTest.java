package io.github.jpsutil.cli.commands;

import static io.github.jpsutil.cli.commands.Records.proc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.api.MemoryFootprint;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.MemoryMapRegion;
import io.github.jpsutil.api.MemoryMapStats;
import io.github.jpsutil.api.ProcessAttr;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.api.Signal;
import io.github.jpsutil.cli.CommandFailure;
import io.github.jpsutil.cli.UsageException;
import io.github.jpsutil.cli.json.JsonWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** pstree, pmap, procsmem, iotop, pidof and killall from hand-made data. */
class ProcessToolsRenderTest {

  static ProcessRow node(int pid, String name, Integer ppid) {
    return proc(pid, ProcessAttr.NAME, name, ProcessAttr.PPID, ppid);
  }

  static final List<ProcessRow> TREE =
      List.of(
          node(1, "init", 0),
          node(2, "kthreadd", 0),
          node(3, "kworker", 2),
          node(10, "bash", 1),
          node(11, "vim", 10),
          node(12, null, 10), // name denied
          node(13, "less", 11),
          node(20, "orphan", 999), // its parent died during the listing
          node(30, "ghost", null)); // parent pid denied

  @Test
  void pstreeIsPsutilsLayoutWithEveryRootOfItsOwn() {
    assertThat(new PstreeCommand.Forest(TREE).render())
        .isEqualTo(
            String.join(
                "\n",
                "1 init",
                "`_ 10 bash",
                "  |- 11 vim",
                "  | `_ 13 less",
                "  `_ 12 ?",
                "2 kthreadd",
                "`_ 3 kworker",
                "20 orphan",
                "30 ghost",
                ""));
  }

  @Test
  void pstreeJsonNestsChildren() {
    PstreeCommand.Forest forest = new PstreeCommand.Forest(TREE.subList(0, 7));
    assertThat(new JsonWriter(0).write(forest.json(TREE.get(0), new java.util.HashSet<>())))
        .isEqualTo(
            "{\"pid\":1,\"name\":\"init\",\"children\":[{\"pid\":10,\"name\":\"bash\",\"children\":"
                + "[{\"pid\":11,\"name\":\"vim\",\"children\":[{\"pid\":13,\"name\":\"less\","
                + "\"children\":[]}]},{\"pid\":12,\"name\":null,\"children\":[]}]}]}");
  }

  @Test
  void pstreePidZeroIsItsOwnParentAndPrintsOnce() {
    // Where pid 0 is listed (FreeBSD, macOS), its parent pid is 0 too.
    String text =
        new PstreeCommand.Forest(List.of(node(0, "kernel", 0), node(1, "init", 0))).render();
    assertThat(text).isEqualTo("0 kernel\n`_ 1 init\n");
  }

  static MemoryMapRegion region(String addr, String perms, String path, long rss) {
    return new MemoryMapRegion(
        addr, perms, path, new MemoryMapStats.Linux(rss, rss * 2, rss, 0, 0, 0, rss, rss, 0, 0));
  }

  static final List<MemoryMapRegion> MAPS =
      List.of(
          region("55ac59b54000-55ac59b55000", "r--p", "/usr/bin/cat", 4096),
          region("7ffd1c3a1000-7ffd1c3c2000", "rw-p", "[stack]", 135_168),
          region("ffffffffff600000-ffffffffff601000", "--xp", "[vsyscall]", 0));

  @Test
  void pmapIsPsutilsLayout() {
    assertThat(PmapCommand.render(42, "cat", MAPS))
        .isEqualTo(
            String.join(
                "\n",
                "Address                     RSS  Mode    Mapping",
                "000055ac59b54000           4.0K  r--p    /usr/bin/cat",
                "00007ffd1c3a1000         132.0K  rw-p    [stack]",
                "ffffffffff600000           0.0B  --xp    [vsyscall]",
                "-------------------------------",
                "Total                    136.0K",
                "PID = 42, name = cat",
                ""));
    assertThat(PmapCommand.render(42, null, List.of()))
        .endsWith("Total                      0.0B\nPID = 42, name = ?\n");
  }

  @Test
  void pmapJsonListsEveryRegionWithTheExactTotal() {
    Map<String, Object> json = PmapCommand.json(42, "cat", MAPS);
    assertThat(json.keySet()).containsExactly("pid", "name", "memory_maps", "total_rss");
    assertThat(json.get("total_rss")).isEqualTo(139_264L);
    assertThat(new JsonWriter(0).write(((List<?>) json.get("memory_maps")).get(0)))
        .isEqualTo(
            "{\"addr\":\"55ac59b54000-55ac59b55000\",\"perms\":\"r--p\",\"path\":\"/usr/bin/cat\","
                + "\"rss\":4096,\"size\":8192,\"pss\":4096,\"shared_clean\":0,\"shared_dirty\":0,"
                + "\"private_clean\":0,\"private_dirty\":4096,\"referenced\":4096,\"anonymous\":0,"
                + "\"swap\":0}");
  }

  @Test
  void pmapPadsShortAddresses() {
    assertThat(PmapCommand.startAddress("400000-401000")).isEqualTo("0000000000400000");
    assertThat(PmapCommand.startAddress("ffffffffff600000-ffffffffff601000"))
        .isEqualTo("ffffffffff600000");
  }

  static ProcessRow memRow(
      int pid, String user, MemoryFootprint fp, MemoryInfo mi, List<String> cmd, ProcessStatus st) {
    return proc(
        pid,
        ProcessAttr.USERNAME,
        user,
        ProcessAttr.MEMORY_FOOTPRINT,
        fp,
        ProcessAttr.MEMORY_INFO,
        mi,
        ProcessAttr.CMDLINE,
        cmd,
        ProcessAttr.STATUS,
        st);
  }

  @Test
  void procsmemSortsByUssSkipsZombiesAndKernelThreadsAndCountsDenied() {
    long mib = 1 << 20;
    List<ProcessRow> rows =
        List.of(
            memRow(
                2,
                "root",
                new MemoryFootprint.Linux(0, 0, 0),
                new MemoryInfo.Linux(0, 0, 0, 0, 0),
                List.of(),
                ProcessStatus.SLEEPING),
            memRow(
                100,
                "alice",
                new MemoryFootprint.Linux(2 * mib, 3 * mib, 0),
                new MemoryInfo.Linux(4 * mib, 10 * mib, 0, 0, 0),
                List.of("vim", "x"),
                ProcessStatus.SLEEPING),
            memRow(
                101,
                "root",
                new MemoryFootprint.Linux(mib, 3 * mib / 2, 4096),
                new MemoryInfo.Linux(2 * mib, 5 * mib, 0, 0, 0),
                List.of(),
                ProcessStatus.RUNNING),
            memRow(102, null, null, null, null, ProcessStatus.SLEEPING),
            memRow(103, null, null, null, null, ProcessStatus.ZOMBIE));
    ProcsmemCommand.Result result = ProcsmemCommand.select(rows);
    assertThat(result.denied()).containsExactly(102);
    assertThat(ProcsmemCommand.render(result))
        .isEqualTo(
            String.join(
                "\n",
                "PID     User        USS     PSS    Swap     RSS     VMS Cmdline",
                "=".repeat(63),
                "101     root       1.0M    1.5M    4.0K    2.0M    5.0M",
                "100     alice      2.0M    3.0M    0.0B    4.0M   10.0M vim x",
                "warning: access denied for 1 pids",
                ""));
    assertThat(new JsonWriter(0).write(ProcsmemCommand.json(result)))
        .startsWith(
            "{\"processes\":[{\"cmdline\":[],\"memory_footprint\":{\"uss\":1048576,\"pss\":1572864,\"swap\":4096},\"memory_info\":{\"rss\":2097152,")
        .endsWith("\"pid\":100,\"username\":\"alice\"}],\"access_denied\":[102]}");
  }

  @Test
  void iotopIsPsutilsLayoutWithRealRates() {
    IotopCommand.Sample s =
        new IotopCommand.Sample(
            1.0,
            1536.0,
            null,
            List.of(
                new IotopCommand.Rates(
                    proc(
                        500,
                        ProcessAttr.USERNAME,
                        "bob",
                        ProcessAttr.CMDLINE,
                        List.of("dd", "if=/dev/zero"),
                        ProcessAttr.NAME,
                        "dd"),
                    0,
                    2_097_152),
                new IotopCommand.Rates(
                    proc(
                        7,
                        ProcessAttr.USERNAME,
                        null,
                        ProcessAttr.CMDLINE,
                        null,
                        ProcessAttr.NAME,
                        "kswapd0"),
                    0,
                    0)),
            1);
    assertThat(IotopCommand.render(s, 10))
        .isEqualTo(
            String.join(
                "\n",
                "Total DISK READ: 1.5K/s | Total DISK WRITE: ?",
                "PID   USER      DISK READ  DISK WRITE  COMMAND",
                "500   bob          0.0B/s      2.0M/s  dd if=/dev/zero",
                "7     -            0.0B/s      0.0B/s  kswapd0",
                "(1 process not shown: access denied)",
                ""));
    assertThat(IotopCommand.render(s, 1)).doesNotContain("kswapd0");
    Map<String, Object> json = IotopCommand.json(s, 1);
    assertThat(new JsonWriter(0).write(json))
        .isEqualTo(
            "{\"interval\":1.0,\"disk_read_bytes_per_sec\":1536.0,\"disk_write_bytes_per_sec\":null,"
                + "\"access_denied\":1,\"processes\":[{\"pid\":500,\"username\":\"bob\",\"name\":\"dd\","
                + "\"cmdline\":[\"dd\",\"if=/dev/zero\"],\"read_bytes_per_sec\":0.0,"
                + "\"write_bytes_per_sec\":2097152.0}]}");
  }

  @Test
  void pidofMatchesTheNameOrTheFirstArgumentExactly() {
    List<ProcessRow> rows =
        List.of(
            proc(5, ProcessAttr.NAME, "sleep", ProcessAttr.CMDLINE, List.of("sleep", "9")),
            proc(6, ProcessAttr.NAME, "sleep2", ProcessAttr.CMDLINE, List.of("sleep2")),
            proc(7, ProcessAttr.NAME, "python3", ProcessAttr.CMDLINE, List.of("/usr/bin/sleep")),
            proc(8, ProcessAttr.NAME, "Sleep", ProcessAttr.CMDLINE, null),
            proc(9, ProcessAttr.NAME, null, ProcessAttr.CMDLINE, List.of()),
            proc(10, ProcessAttr.NAME, "sleep", ProcessAttr.CMDLINE, null));
    assertThat(PidofCommand.matching(rows, "sleep")).containsExactly(5, 10);
    assertThat(PidofCommand.matching(rows, "/usr/bin/sleep")).containsExactly(7);
    assertThat(PidofCommand.matching(rows, "slee")).isEmpty();
  }

  @Test
  void killallAcceptsSignalNamesAndNumbers() {
    assertThat(KillallCommand.signal("TERM").named()).isEqualTo(Signal.SIGTERM);
    assertThat(KillallCommand.signal("SIGKILL").named()).isEqualTo(Signal.SIGKILL);
    assertThat(KillallCommand.signal("hup").named()).isEqualTo(Signal.SIGHUP);
    assertThat(KillallCommand.signal("sigusr1").label()).isEqualTo("SIGUSR1");
    KillallCommand.Choice nine = KillallCommand.signal("9");
    assertThat(nine.named()).isNull();
    assertThat(nine.number()).isEqualTo(9);
    assertThat(nine.label()).isEqualTo("9");
    List<String> bad =
        new ArrayList<>(
            List.of("", "SIG", "TERMX", "-9", "1e1", "9999", "CTRL_C_EVENT", "SIGCTRL_C_EVENT"));
    for (String b : bad) {
      assertThatThrownBy(() -> KillallCommand.signal(b))
          .as(b)
          .isInstanceOf(UsageException.class)
          .hasMessage(
              "killall: --signal: unknown signal '"
                  + b
                  + "'; use a name such as TERM, KILL, HUP, INT, USR1 or a number");
    }
  }

  @Test
  void pidArgumentSeparatesUsageErrorsFromMissingProcesses() {
    assertThat(PidArgument.parse("pmap", "42")).isEqualTo(42);
    assertThat(PidArgument.parse("pmap", "0")).isZero();
    assertThat(PidArgument.parse("pmap", "007")).isEqualTo(7);
    assertThat(PidArgument.parse("pmap", "2147483647")).isEqualTo(Integer.MAX_VALUE);
    for (String bad : List.of("abc", "", "-", "4x", "+4", " 4", "4.0", "0x10", "٤")) {
      assertThatThrownBy(() -> PidArgument.parse("pmap", bad))
          .isInstanceOf(UsageException.class)
          .hasMessage("pmap: PID must be a whole number, got '" + bad + "'");
    }
    assertThatThrownBy(() -> PidArgument.parse("pmap", "-1"))
        .isInstanceOf(UsageException.class)
        .hasMessage("pmap: PID must be 0 or more, got -1");
    assertThatThrownBy(() -> PidArgument.parse("pmap", "2147483648"))
        .isInstanceOf(CommandFailure.class)
        .hasMessage("process PID not found (pid=2147483648)");
    assertThatThrownBy(() -> PidArgument.parse("pmap", "000099999999999999999999"))
        .isInstanceOf(CommandFailure.class)
        .hasMessage("process PID not found (pid=99999999999999999999)");
  }
}
