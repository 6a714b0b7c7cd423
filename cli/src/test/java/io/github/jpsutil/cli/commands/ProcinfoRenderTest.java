package io.github.jpsutil.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionStatus;
import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.Endpoint;
import io.github.jpsutil.api.Gids;
import io.github.jpsutil.api.IoCounters;
import io.github.jpsutil.api.IoNice;
import io.github.jpsutil.api.IoPriorityClass;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.MemoryMap;
import io.github.jpsutil.api.MemoryMapStats;
import io.github.jpsutil.api.OpenFile;
import io.github.jpsutil.api.PageFaults;
import io.github.jpsutil.api.ProcessAttr;
import io.github.jpsutil.api.ProcessCpuTimes;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.api.ProcessThread;
import io.github.jpsutil.api.ResourceLimit;
import io.github.jpsutil.api.Rlimit;
import io.github.jpsutil.api.SocketType;
import io.github.jpsutil.api.Uids;
import io.github.jpsutil.cli.json.JsonWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** procinfo from a hand-made as_dict. */
class ProcinfoRenderTest {
  static MemoryMap map(String path, long rss) {
    return new MemoryMap(path, new MemoryMapStats.Linux(rss, rss, rss, 0, 0, 0, rss, rss, 0, 0));
  }

  static ProcinfoCommand.Details details() {
    Map<ProcessAttr, Object> info = new EnumMap<>(ProcessAttr.class);
    info.put(ProcessAttr.PID, 4242);
    info.put(ProcessAttr.NAME, "python3");
    info.put(ProcessAttr.PPID, 1);
    info.put(ProcessAttr.EXE, "/usr/bin/python3.11");
    info.put(ProcessAttr.CWD, null); // denied
    info.put(ProcessAttr.CMDLINE, List.of("python3", "-c", "print(1)\n"));
    info.put(ProcessAttr.CREATE_TIME, Instant.parse("2024-05-02T07:55:49.5Z"));
    info.put(ProcessAttr.CPU_TIMES, new ProcessCpuTimes.Linux(3000, 725.25, 1, 2, 0.5));
    info.put(ProcessAttr.CPU_AFFINITY, List.of(0, 1));
    info.put(ProcessAttr.CPU_NUM, 1);
    info.put(ProcessAttr.CPU_PERCENT, 0.0);
    info.put(
        ProcessAttr.MEMORY_INFO, new MemoryInfo.Linux(1_048_576, 2_097_152, 524_288, 4096, 1024));
    info.put(ProcessAttr.MEMORY_PERCENT, 1.256);
    info.put(ProcessAttr.USERNAME, "giampaolo");
    info.put(ProcessAttr.UIDS, new Uids(1000, 1000, OptionalInt.of(1000)));
    info.put(ProcessAttr.GIDS, new Gids(1000, 1000, OptionalInt.empty()));
    info.put(ProcessAttr.TERMINAL, "/dev/pts/3");
    info.put(ProcessAttr.STATUS, ProcessStatus.RUNNING);
    info.put(ProcessAttr.NICE, -5);
    info.put(ProcessAttr.IONICE, new IoNice.Linux(IoPriorityClass.BE, 4));
    info.put(ProcessAttr.NUM_THREADS, 6);
    info.put(ProcessAttr.NUM_FDS, 7);
    info.put(ProcessAttr.IO_COUNTERS, new IoCounters.Linux(10, 20, 4096, 1_048_576, 2048, 3000));
    info.put(ProcessAttr.NUM_CTX_SWITCHES, new CtxSwitches(7, 3));
    info.put(ProcessAttr.PAGE_FAULTS, new PageFaults(100, 2));
    List<OpenFile> files = new ArrayList<>();
    for (int fd = 3; fd < 9; fd++) {
      files.add(new OpenFile.Linux("/f" + (fd - 3), OptionalInt.of(fd), 0, "r", 0));
    }
    info.put(ProcessAttr.OPEN_FILES, files);
    info.put(
        ProcessAttr.NET_CONNECTIONS,
        List.of(
            new Connection(
                OptionalInt.of(3),
                AddressFamily.INET,
                SocketType.STREAM,
                Optional.of(new Endpoint.Inet("127.0.0.1", 8080)),
                Optional.empty(),
                ConnectionStatus.LISTEN,
                OptionalInt.empty()),
            new Connection(
                OptionalInt.of(4),
                AddressFamily.INET6,
                SocketType.DGRAM,
                Optional.of(new Endpoint.Inet("::1", 53)),
                Optional.empty(),
                ConnectionStatus.NONE,
                OptionalInt.empty())));
    info.put(
        ProcessAttr.THREADS,
        List.of(new ProcessThread(4242, 0.5, 0.25), new ProcessThread(4243, 0, 1)));
    info.put(
        ProcessAttr.MEMORY_MAPS,
        List.of(
            map("[anon]", 4096), map("/usr/bin/python3.11", 2_097_152), map("[heap]", 1_048_576)));
    Map<String, String> env = new LinkedHashMap<>();
    env.put("B", "2");
    env.put("A", "1\n");
    info.put(ProcessAttr.ENVIRON, env);
    Map<Rlimit, ResourceLimit> limits = new EnumMap<>(Rlimit.class);
    limits.put(Rlimit.NOFILE, new ResourceLimit(1024, 4096));
    limits.put(Rlimit.CORE, new ResourceLimit(0, ResourceLimit.INFINITY));
    return new ProcinfoCommand.Details(
        4242,
        info,
        "systemd",
        List.of(new ProcinfoCommand.Child(5000, "sleep"), new ProcinfoCommand.Child(5001, null)),
        limits);
  }

  @Test
  void procinfoIsPsutilsLayout() {
    assertThat(ProcinfoText.render(details(), ZoneOffset.UTC, false, false))
        .isEqualTo(
            String.join(
                "\n",
                "pid           4242",
                "name          python3",
                "parent        1 (systemd)",
                "exe           /usr/bin/python3.11",
                "cwd           (access denied)",
                "cmdline       python3 -c print(1)?",
                "started       2024-05-02 07:55",
                "cpu-tspent    62:05.25",
                "cpu-times     user=3000.0, system=725.25, children_user=1.0, children_system=2.0,"
                    + " iowait=0.5",
                "cpu-affinity  [0, 1]",
                "cpu-num       1",
                "memory        rss=1.0M, vms=2.0M, shared=512.0K, text=4.0K, data=1.0K",
                "memory %      1.26",
                "user          giampaolo",
                "uids          real=1000, effective=1000, saved=1000",
                "gids          real=1000, effective=1000, saved=?",
                "terminal      /dev/pts/3",
                "status        running",
                "nice          -5",
                "ionice        class=IOPRIO_CLASS_BE, value=4",
                "num-threads   6",
                "num-fds       7",
                "I/O           read_count=10, write_count=20, read_bytes=4.0K, write_bytes=1.0M,"
                    + " read_chars=2.0K, write_chars=2.9K",
                "ctx-switches  voluntary=7, involuntary=3",
                "page-faults   minor=100, major=2",
                "children      PID    NAME",
                "              5000   sleep",
                "              5001   (access denied)",
                "open-files    FD   PATH",
                "              3    /f0",
                "              4    /f1",
                "              5    /f2",
                "              6    /f3",
                "              [...]",
                "connections   PROTO LOCAL ADDR                REMOTE ADDR               STATUS",
                "              TCP   127.0.0.1:8080            *:*                       LISTEN",
                "              UDP6  ::1:53                    -                         NONE",
                "threads       TID           USER       SYSTEM",
                "              4242           0.5         0.25",
                "              4243           0.0          1.0",
                "              total=2",
                "res-limits    RLIMIT                  SOFT            HARD",
                "              coredumpsize               0        infinity",
                "              openfiles               1024            4096",
                "mem-maps      RSS      PATH",
                "              2.0M     /usr/bin/python3.11",
                "              1.0M     [heap]",
                "              4.0K     [anon]",
                "              total=3.0M in 3 mapped paths",
                "environ       2 variables (--env shows them)",
                ""));
  }

  @Test
  void verboseListsEverythingAndEnvShowsTheEnvironmentSorted() {
    String text = ProcinfoText.render(details(), ZoneOffset.UTC, true, true);
    assertThat(text).contains("              7    /f4\n              8    /f5\nconnections");
    assertThat(text).doesNotContain("[...]");
    assertThat(text)
        .endsWith(
            "environ       NAME                      VALUE\n"
                + "              A                         1?\n"
                + "              B                         2\n");
  }

  @Test
  void deniedListsAndEmptyListsAreTold() {
    ProcinfoCommand.Details d = details();
    Map<ProcessAttr, Object> info = new EnumMap<>(d.info());
    info.put(ProcessAttr.OPEN_FILES, null);
    info.put(ProcessAttr.NET_CONNECTIONS, List.of());
    info.put(ProcessAttr.ENVIRON, null);
    info.put(ProcessAttr.TERMINAL, null);
    info.remove(ProcessAttr.CPU_NUM); // a platform without it: no line at all
    String text =
        ProcinfoText.render(
            new ProcinfoCommand.Details(4242, info, null, List.of(), Map.of()),
            ZoneOffset.UTC,
            false,
            true);
    assertThat(text)
        .contains("\nparent        1\n")
        .contains("\nterminal      (none)\n")
        .contains("\nchildren\nopen-files    (access denied)\nconnections\nthreads ")
        .contains("\nenviron       (access denied)\n")
        .doesNotContain("cpu-num")
        .doesNotContain("res-limits");
  }

  @Test
  void jsonIsAsDictPlusParentChildrenAndLimitsWithTheEnvironmentOnlyOnRequest() {
    ProcinfoCommand.Details d = details();
    EnumSet<ProcessAttr> attrs = EnumSet.allOf(ProcessAttr.class);
    attrs.remove(ProcessAttr.NUM_HANDLES); // Linux's set
    Map<String, Object> json = ProcinfoCommand.json(d, attrs, false);
    assertThat(json).doesNotContainKey("environ").containsKeys("cwd", "memory_maps", "threads");
    assertThat(json.get("cwd")).isNull();
    JsonWriter w = new JsonWriter(0);
    assertThat(w.write(json.get("parent"))).isEqualTo("{\"pid\":1,\"name\":\"systemd\"}");
    assertThat(w.write(json.get("children")))
        .isEqualTo("[{\"pid\":5000,\"name\":\"sleep\"},{\"pid\":5001,\"name\":null}]");
    assertThat(w.write(json.get("rlimits")))
        .isEqualTo("{\"RLIMIT_CORE\":[0,-1],\"RLIMIT_NOFILE\":[1024,4096]}");
    assertThat(w.write(ProcinfoCommand.json(d, attrs, true).get("environ")))
        .isEqualTo("{\"B\":\"2\",\"A\":\"1\\n\"}");
  }
}
