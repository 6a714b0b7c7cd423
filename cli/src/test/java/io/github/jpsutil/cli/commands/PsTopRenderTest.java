package io.github.jpsutil.cli.commands;

import static io.github.jpsutil.cli.commands.Records.available;
import static io.github.jpsutil.cli.commands.Records.proc;
import static io.github.jpsutil.cli.commands.Records.unavailable;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.api.LoadAverage;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.ProcessAttr;
import io.github.jpsutil.api.ProcessCpuTimes;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.cli.json.JsonWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ps and top from hand-made process rows. */
class PsTopRenderTest {
  static final Instant NOW = Instant.parse("2024-05-02T10:00:00Z");

  static final ProcessRow INIT =
      proc(
          1,
          ProcessAttr.NAME,
          "systemd",
          ProcessAttr.USERNAME,
          "root",
          ProcessAttr.CMDLINE,
          List.of("/sbin/init", "splash"),
          ProcessAttr.STATUS,
          ProcessStatus.SLEEPING,
          ProcessAttr.NICE,
          0,
          ProcessAttr.CREATE_TIME,
          Instant.parse("2024-05-01T08:00:00Z"),
          ProcessAttr.CPU_TIMES,
          new ProcessCpuTimes.Linux(30, 10, 500, 500, 0), // children's times are not its own
          ProcessAttr.MEMORY_INFO,
          new MemoryInfo.Linux(10_485_760, 171_966_464, 0, 0, 0),
          ProcessAttr.MEMORY_PERCENT,
          0.123,
          ProcessAttr.CPU_PERCENT,
          0.0);

  /** 3725.25 CPU seconds over 7450.5 s of life: 50 % of one CPU. */
  static final ProcessRow PYTHON =
      proc(
          4242,
          ProcessAttr.NAME,
          "python3",
          ProcessAttr.USERNAME,
          "giampaolo",
          ProcessAttr.CMDLINE,
          List.of(),
          ProcessAttr.STATUS,
          ProcessStatus.RUNNING,
          ProcessAttr.NICE,
          -5,
          ProcessAttr.CREATE_TIME,
          Instant.parse("2024-05-02T07:55:49.500Z"),
          ProcessAttr.CPU_TIMES,
          new ProcessCpuTimes.Linux(3000, 725.25, 0, 0, 0),
          ProcessAttr.MEMORY_INFO,
          new MemoryInfo.Linux(1_048_576, 2_097_152, 0, 0, 0),
          ProcessAttr.MEMORY_PERCENT,
          1.26,
          ProcessAttr.CPU_PERCENT,
          99.5);

  /** A kernel thread of another user's: everything but the name denied. */
  static final ProcessRow DENIED =
      proc(
          77,
          ProcessAttr.NAME,
          "kworker/0:1",
          ProcessAttr.USERNAME,
          null,
          ProcessAttr.CMDLINE,
          null,
          ProcessAttr.STATUS,
          null,
          ProcessAttr.NICE,
          null,
          ProcessAttr.CREATE_TIME,
          null,
          ProcessAttr.CPU_TIMES,
          null,
          ProcessAttr.MEMORY_INFO,
          null,
          ProcessAttr.MEMORY_PERCENT,
          null,
          ProcessAttr.CPU_PERCENT,
          null);

  @Test
  void psIsPsutilsLayoutWithLifetimeCpuPercent() {
    assertThat(PsCommand.render(List.of(INIT, PYTHON, DENIED), NOW, ZoneOffset.UTC))
        .isEqualTo(
            String.join(
                "\n",
                "USER         PID  %CPU  %MEM     VSZ     RSS  NICE   STATUS  START   TIME CMDLINE",
                "root           1   0.0   0.1  164.0M   10.0M     0 sleeping  May01   0:40"
                    + " /sbin/init splash",
                "giampaolo   4242  50.0   1.3    2.0M    1.0M    -5  running  07:55  62:05 python3",
                "-             77     -     -       -       -     -        -      -      -"
                    + " kworker/0:1",
                ""));
  }

  @Test
  void psStartIsTheLocalDayNotUtcs() {
    // 23:30 UTC on May 1st is already May 2nd at 01:30 in UTC+2: "today", so a clock time.
    ProcessRow late = proc(5, ProcessAttr.CREATE_TIME, Instant.parse("2024-05-01T23:30:00Z"));
    assertThat(PsCommand.render(List.of(late), NOW, ZoneOffset.ofHours(2)))
        .contains(" 01:30 ")
        .doesNotContain("May01");
    assertThat(PsCommand.render(List.of(late), NOW, ZoneOffset.UTC)).contains(" May01 ");
  }

  @Test
  void psJsonHasPsutilNamesNullsAndTheLifetimePercent() {
    List<Object> json = PsCommand.json(List.of(PYTHON, DENIED), PsCommand.ATTRS, NOW);
    assertThat(new JsonWriter(0).write(json.get(0)))
        .isEqualTo(
            "{\"cmdline\":[],\"cpu_times\":{\"user\":3000.0,\"system\":725.25,\"children_user\":0.0,"
                + "\"children_system\":0.0,\"iowait\":0.0},\"create_time\":1714636549.5,"
                + "\"memory_info\":{\"rss\":1048576,\"vms\":2097152,\"shared\":0,\"text\":0,"
                + "\"data\":0},\"memory_percent\":1.26,\"name\":\"python3\",\"nice\":-5,"
                + "\"pid\":4242,\"status\":\"running\",\"username\":\"giampaolo\","
                + "\"cpu_percent_lifetime\":50.0}");
    assertThat(new JsonWriter(0).write(json.get(1)))
        .isEqualTo(
            "{\"cmdline\":null,\"cpu_times\":null,\"create_time\":null,\"memory_info\":null,"
                + "\"memory_percent\":null,\"name\":\"kworker/0:1\",\"nice\":null,\"pid\":77,"
                + "\"status\":null,\"username\":null,\"cpu_percent_lifetime\":null}");
  }

  @Test
  void psOfAProcessStartedThisVeryInstantIsZeroPercentNotNaN() {
    ProcessRow fresh =
        proc(
            6,
            ProcessAttr.CREATE_TIME,
            NOW,
            ProcessAttr.CPU_TIMES,
            new ProcessCpuTimes.Linux(0, 0, 0, 0, 0));
    assertThat(PsCommand.lifetimeCpuPercent(fresh, NOW)).isEqualTo(0.0);
  }

  static TopCommand.Sample sample(List<ProcessRow> procs) {
    return new TopCommand.Sample(
        1.0,
        available("cpu_percent", List.of(25.0, 100.0)),
        available("virtual_memory", Records.MEMORY),
        available("swap_memory", Records.SWAP),
        available("getloadavg", new LoadAverage(0.5, 0.25, 1.126)),
        available("boot_time", NOW.minusSeconds(2 * 86_400 + 3 * 3600 + 4 * 60 + 5)),
        NOW,
        procs);
  }

  @Test
  void topIsPsutilsLayout() {
    ProcessRow zombie = proc(9, ProcessAttr.STATUS, ProcessStatus.ZOMBIE);
    String frame = TopText.render(sample(List.of(PYTHON, INIT, DENIED, zombie)), 100);
    assertThat(frame)
        .isEqualTo(
            String.join(
                "\n",
                " CPU0  [" + "|".repeat(10) + " ".repeat(30) + "]  25.0%",
                " CPU1  [" + "|".repeat(40) + "] 100.0%",
                " Mem   [" + "|".repeat(20) + " ".repeat(20) + "]  49.3%   8.2G / 9.7G",
                " Swap  [" + " ".repeat(40) + "]   0.0%   1.0M / 2.0G",
                " Processes: 4 (running=1, sleeping=1, ?=1, zombie=1)",
                " Load average: 0.50 0.25 1.13  Uptime: 2 days, 3:04:05",
                "",
                "PID    USER        NI   VIRT    RES  CPU%  MEM%     TIME+ NAME",
                "4242   giampaolo   -5   2.0M   1.0M  99.5   1.3  62:05.25 python3",
                "1      root         0 164.0M  10.0M   0.0   0.1   0:40.00 systemd",
                "77     -            -      -      -     -     -         - kworker/0:1",
                "9      -            -      -      -     -     -         - -",
                ""));
  }

  @Test
  void topShowsOnlyTheRowsAskedFor() {
    String frame = TopText.render(sample(List.of(PYTHON, INIT, DENIED)), 1);
    assertThat(frame)
        .endsWith(
            "TIME+ NAME\n4242   giampaolo   -5   2.0M   1.0M  99.5   1.3  62:05.25 python3\n");
  }

  @Test
  void topSaysWhatTheOsDoesNotProvide() {
    TopCommand.Sample s =
        new TopCommand.Sample(
            1.0,
            unavailable("cpu_percent", "no /proc/stat"),
            unavailable("virtual_memory", "x"),
            unavailable("swap_memory", "y"),
            unavailable("getloadavg", "z"),
            unavailable("boot_time", "w"),
            NOW,
            List.of());
    assertThat(TopText.render(s, 10).lines().limit(6))
        .containsExactly(
            " cpu_percent: not available on this OS (no /proc/stat)",
            " virtual_memory: not available on this OS (x)",
            " swap_memory: not available on this OS (y)",
            " Processes: 0 ()",
            " getloadavg: not available on this OS (z)  Uptime: ?",
            "");
  }

  @Test
  void topSortsBusiestFirstDeniedLastAndKeepsPidOrderOnTies() {
    ProcessRow a = proc(10, ProcessAttr.CPU_PERCENT, 5.0);
    ProcessRow b = proc(11, ProcessAttr.CPU_PERCENT, null);
    ProcessRow c = proc(12, ProcessAttr.CPU_PERCENT, 50.0);
    ProcessRow d = proc(13, ProcessAttr.CPU_PERCENT, 5.0);
    List<ProcessRow> rows = new ArrayList<>(List.of(a, b, c, d));
    rows.sort(TopCommand.busiestFirst());
    assertThat(rows).extracting(ProcessRow::pid).containsExactly(12, 10, 13, 11);
  }

  @Test
  void topJsonCountsStatusesAndLimitsTheProcesses() {
    Map<String, Object> json = TopCommand.json(sample(List.of(PYTHON, INIT, DENIED)), 2);
    assertThat(json.keySet())
        .containsExactly(
            "interval",
            "cpu_percent_percpu",
            "virtual_memory",
            "swap_memory",
            "getloadavg",
            "boot_time",
            "status_counts",
            "processes");
    assertThat(json.get("status_counts")).isEqualTo(Map.of("running", 1, "sleeping", 1, "?", 1));
    assertThat(json.get("getloadavg")).isEqualTo(List.of(0.5, 0.25, 1.126));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> procs = (List<Map<String, Object>>) json.get("processes");
    assertThat(procs).extracting(m -> m.get("pid")).containsExactly(4242, 1);
    assertThat(procs.get(0).keySet())
        .containsExactlyElementsOf(
            EnumSet.copyOf(TopCommand.ATTRS).stream().map(ProcessAttr::psutilName).toList());
    assertThat(procs.get(0)).containsEntry("cpu_percent", 99.5);
  }
}
