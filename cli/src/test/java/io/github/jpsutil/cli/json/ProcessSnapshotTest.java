package io.github.jpsutil.cli.json;

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
import io.github.jpsutil.api.MemoryFootprint;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.MemoryInfoEx;
import io.github.jpsutil.api.MemoryMap;
import io.github.jpsutil.api.MemoryMapStats;
import io.github.jpsutil.api.OpenFile;
import io.github.jpsutil.api.PageFaults;
import io.github.jpsutil.api.ProcessAttr;
import io.github.jpsutil.api.ProcessCpuTimes;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.api.ProcessThread;
import io.github.jpsutil.api.SocketType;
import io.github.jpsutil.api.Uids;
import io.github.jpsutil.api.WindowsIoPriority;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Every attribute of as_dict in psutil's JSON form, from hand-made values. */
class ProcessSnapshotTest {
  private static String json(ProcessAttr attr, Object value) {
    return new JsonWriter(0).write(ProcessSnapshot.value(attr, value));
  }

  @Test
  void everyAttributeHasPsutilsShape() {
    Map<ProcessAttr, String> expected = new EnumMap<>(ProcessAttr.class);
    Map<ProcessAttr, Object> info = new EnumMap<>(ProcessAttr.class);
    put(info, expected, ProcessAttr.CMDLINE, List.of("sleep", "1"), "[\"sleep\",\"1\"]");
    put(info, expected, ProcessAttr.CPU_AFFINITY, List.of(0, 1), "[0,1]");
    put(info, expected, ProcessAttr.CPU_NUM, 1, "1");
    put(info, expected, ProcessAttr.CPU_PERCENT, 12.5, "12.5");
    put(
        info,
        expected,
        ProcessAttr.CPU_TIMES,
        new ProcessCpuTimes.Linux(1.5, 0.25, 0, 0, 0.01),
        "{\"user\":1.5,\"system\":0.25,\"children_user\":0.0,\"children_system\":0.0,"
            + "\"iowait\":0.01}");
    put(
        info,
        expected,
        ProcessAttr.CREATE_TIME,
        Instant.ofEpochSecond(1_700_000_000L, 250_000_000),
        "1700000000.25");
    put(info, expected, ProcessAttr.CWD, "/tmp", "\"/tmp\"");
    Map<String, String> env = new LinkedHashMap<>();
    env.put("HOME", "/root");
    env.put("LANG", "C.UTF-8");
    put(info, expected, ProcessAttr.ENVIRON, env, "{\"HOME\":\"/root\",\"LANG\":\"C.UTF-8\"}");
    put(info, expected, ProcessAttr.EXE, "/usr/bin/sleep", "\"/usr/bin/sleep\"");
    put(
        info,
        expected,
        ProcessAttr.GIDS,
        new Gids(100, 100, OptionalInt.of(100)),
        "{\"real\":100,\"effective\":100,\"saved\":100}");
    put(
        info,
        expected,
        ProcessAttr.IO_COUNTERS,
        new IoCounters.Linux(1, 2, 4096, 8192, 10, 20),
        "{\"read_count\":1,\"write_count\":2,\"read_bytes\":4096,\"write_bytes\":8192,"
            + "\"read_chars\":10,\"write_chars\":20}");
    put(
        info,
        expected,
        ProcessAttr.IONICE,
        new IoNice.Linux(IoPriorityClass.BE, 4),
        "{\"ioclass\":\"IOPRIO_CLASS_BE\",\"value\":4}");
    put(
        info,
        expected,
        ProcessAttr.MEMORY_FOOTPRINT,
        new MemoryFootprint.Linux(1, 2, 3),
        "{\"uss\":1,\"pss\":2,\"swap\":3}");
    put(
        info,
        expected,
        ProcessAttr.MEMORY_INFO,
        new MemoryInfo.Linux(1, 2, 3, 4, 5),
        "{\"rss\":1,\"vms\":2,\"shared\":3,\"text\":4,\"data\":5}");
    put(
        info,
        expected,
        ProcessAttr.MEMORY_INFO_EX,
        new MemoryInfoEx.Linux(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
        "{\"rss\":1,\"vms\":2,\"shared\":3,\"text\":4,\"data\":5,\"peak_rss\":6,\"peak_vms\":7,"
            + "\"rss_anon\":8,\"rss_file\":9,\"rss_shmem\":10,\"swap\":11,\"hugetlb\":12}");
    put(
        info,
        expected,
        ProcessAttr.MEMORY_MAPS,
        List.of(new MemoryMap("[heap]", new MemoryMapStats.Linux(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))),
        "[{\"path\":\"[heap]\",\"rss\":1,\"size\":2,\"pss\":3,\"shared_clean\":4,"
            + "\"shared_dirty\":5,\"private_clean\":6,\"private_dirty\":7,\"referenced\":8,"
            + "\"anonymous\":9,\"swap\":10}]");
    put(info, expected, ProcessAttr.MEMORY_PERCENT, 0.5, "0.5");
    put(info, expected, ProcessAttr.NAME, "sleep", "\"sleep\"");
    put(
        info,
        expected,
        ProcessAttr.NET_CONNECTIONS,
        List.of(
            new Connection(
                OptionalInt.of(3),
                AddressFamily.INET,
                SocketType.STREAM,
                Optional.of(new Endpoint.Inet("127.0.0.1", 80)),
                Optional.empty(),
                ConnectionStatus.LISTEN,
                OptionalInt.of(42))),
        "[{\"fd\":3,\"family\":\"AF_INET\",\"type\":\"SOCK_STREAM\",\"laddr\":{\"ip\":\"127.0.0.1\","
            + "\"port\":80},\"raddr\":null,\"status\":\"LISTEN\"}]");
    put(info, expected, ProcessAttr.NICE, -5, "-5");
    put(
        info,
        expected,
        ProcessAttr.NUM_CTX_SWITCHES,
        new CtxSwitches(7, 3),
        "{\"voluntary\":7,\"involuntary\":3}");
    put(info, expected, ProcessAttr.NUM_FDS, 4, "4");
    put(info, expected, ProcessAttr.NUM_HANDLES, 9, "9");
    put(info, expected, ProcessAttr.NUM_THREADS, 1, "1");
    put(
        info,
        expected,
        ProcessAttr.OPEN_FILES,
        List.of(
            new OpenFile.Linux("/etc/passwd", OptionalInt.of(5), 12, "r", 32768),
            new OpenFile.Basic("C:\\x", OptionalInt.empty())),
        "[{\"path\":\"/etc/passwd\",\"fd\":5,\"position\":12,\"mode\":\"r\",\"flags\":32768},"
            + "{\"path\":\"C:\\\\x\",\"fd\":null}]");
    put(
        info,
        expected,
        ProcessAttr.PAGE_FAULTS,
        new PageFaults(100, 2),
        "{\"minor\":100,\"major\":2}");
    put(info, expected, ProcessAttr.PID, 42, "42");
    put(info, expected, ProcessAttr.PPID, 1, "1");
    put(info, expected, ProcessAttr.STATUS, ProcessStatus.DISK_SLEEP, "\"disk-sleep\"");
    put(info, expected, ProcessAttr.TERMINAL, "/dev/pts/0", "\"/dev/pts/0\"");
    put(
        info,
        expected,
        ProcessAttr.THREADS,
        List.of(new ProcessThread(42, 0.5, 0.25)),
        "[{\"id\":42,\"user_time\":0.5,\"system_time\":0.25}]");
    put(
        info,
        expected,
        ProcessAttr.UIDS,
        new Uids(0, 1000, OptionalInt.empty()),
        "{\"real\":0,\"effective\":1000,\"saved\":null}");
    put(info, expected, ProcessAttr.USERNAME, "root", "\"root\"");
    assertThat(expected.keySet()).containsExactlyInAnyOrder(ProcessAttr.values());

    Map<String, Object> doc = ProcessSnapshot.json(42, EnumSet.allOf(ProcessAttr.class), info);
    assertThat(doc.keySet())
        .containsExactlyElementsOf(
            EnumSet.allOf(ProcessAttr.class).stream().map(ProcessAttr::psutilName).toList());
    expected.forEach(
        (attr, text) ->
            assertThat(new JsonWriter(0).write(doc.get(attr.psutilName())))
                .as(attr.psutilName())
                .isEqualTo(text));
  }

  private static void put(
      Map<ProcessAttr, Object> info,
      Map<ProcessAttr, String> expected,
      ProcessAttr attr,
      Object value,
      String json) {
    info.put(attr, value);
    expected.put(attr, json);
  }

  @Test
  void deniedAndMissingAttributesAreNullAndThePidAlwaysComesFromTheHandle() {
    Map<ProcessAttr, Object> info = new EnumMap<>(ProcessAttr.class);
    info.put(ProcessAttr.CWD, null); // denied
    // EXE missing: a zombie processIter could not read at all
    Map<String, Object> doc =
        ProcessSnapshot.json(
            7, EnumSet.of(ProcessAttr.PID, ProcessAttr.EXE, ProcessAttr.CWD), info);
    assertThat(new JsonWriter(0).write(doc)).isEqualTo("{\"cwd\":null,\"exe\":null,\"pid\":7}");
  }

  @Test
  void windowsIoniceIsItsConstantName() {
    assertThat(json(ProcessAttr.IONICE, new IoNice.Windows(WindowsIoPriority.HIGH)))
        .isEqualTo("\"IOPRIO_HIGH\"");
  }
}
