package io.github.jpsutil.cli.commands;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.Gids;
import io.github.jpsutil.api.IoCounters;
import io.github.jpsutil.api.IoNice;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.MemoryMap;
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
import io.github.jpsutil.cli.text.Printable;
import io.github.jpsutil.cli.text.PyFloat;
import io.github.jpsutil.cli.text.Table;
import io.github.jpsutil.cli.text.Table.Column;
import io.github.jpsutil.cli.text.TimeText;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** The text of {@code procinfo}: psutil's {@code scripts/procinfo.py} layout, label then value. */
final class ProcinfoText {
  static final String DENIED = "(access denied)";

  /** Lists stop after this many entries without --verbose, as psutil's script. */
  static final int SHORT_LIST = 4;

  private static final int LABEL_WIDTH = 13;

  /** psutil's script's friendlier names for the resources. */
  private static final Map<Rlimit, String> RLIMIT_NAMES =
      Map.ofEntries(
          Map.entry(Rlimit.AS, "virtualmem"),
          Map.entry(Rlimit.CORE, "coredumpsize"),
          Map.entry(Rlimit.CPU, "cputime"),
          Map.entry(Rlimit.DATA, "datasize"),
          Map.entry(Rlimit.FSIZE, "filesize"),
          Map.entry(Rlimit.LOCKS, "locks"),
          Map.entry(Rlimit.MEMLOCK, "memlock"),
          Map.entry(Rlimit.MSGQUEUE, "msgqueue"),
          Map.entry(Rlimit.NICE, "nice"),
          Map.entry(Rlimit.NOFILE, "openfiles"),
          Map.entry(Rlimit.NPROC, "maxprocesses"),
          Map.entry(Rlimit.NPTS, "pseudoterms"),
          Map.entry(Rlimit.RSS, "rss"),
          Map.entry(Rlimit.RTPRIO, "realtimeprio"),
          Map.entry(Rlimit.RTTIME, "rtimesched"),
          Map.entry(Rlimit.SBSIZE, "sockbufsize"),
          Map.entry(Rlimit.SIGPENDING, "sigspending"),
          Map.entry(Rlimit.STACK, "stack"),
          Map.entry(Rlimit.SWAP, "swapuse"));

  private final ProcinfoCommand.Details d;
  private final boolean verbose;
  private final StringBuilder sb = new StringBuilder();

  private ProcinfoText(ProcinfoCommand.Details d, boolean verbose) {
    this.d = d;
    this.verbose = verbose;
  }

  static String render(ProcinfoCommand.Details d, ZoneId zone, boolean verbose, boolean env) {
    ProcinfoText t = new ProcinfoText(d, verbose);
    t.line("pid", Integer.toString(d.pid()));
    t.attr("name", ProcessAttr.NAME, String.class::cast);
    t.attr(
        "parent",
        ProcessAttr.PPID,
        ppid -> ppid + (d.parentName() == null ? "" : " (" + d.parentName() + ")"));
    t.attr("exe", ProcessAttr.EXE, String.class::cast);
    t.attr("cwd", ProcessAttr.CWD, String.class::cast);
    t.attr("cmdline", ProcessAttr.CMDLINE, v -> String.join(" ", strings(v)));
    t.attr("started", ProcessAttr.CREATE_TIME, v -> TimeText.localMinute((Instant) v, zone));
    t.attr("cpu-tspent", ProcessAttr.CPU_TIMES, v -> TimeText.minutesSecondsHundredths(busy(v)));
    t.attr("cpu-times", ProcessAttr.CPU_TIMES, v -> fields(((ProcessCpuTimes) v).asMap(), false));
    t.attr("cpu-affinity", ProcessAttr.CPU_AFFINITY, Object::toString);
    t.attr("cpu-num", ProcessAttr.CPU_NUM, Object::toString);
    t.attr("memory", ProcessAttr.MEMORY_INFO, v -> fields(((MemoryInfo) v).asMap(), true));
    t.attr("memory %", ProcessAttr.MEMORY_PERCENT, v -> String.format(Locale.ROOT, "%.2f", v));
    t.attr("user", ProcessAttr.USERNAME, String.class::cast);
    t.attr(
        "uids",
        ProcessAttr.UIDS,
        v -> ids(((Uids) v).real(), ((Uids) v).effective(), ((Uids) v).saved()));
    t.attr(
        "gids",
        ProcessAttr.GIDS,
        v -> ids(((Gids) v).real(), ((Gids) v).effective(), ((Gids) v).saved()));
    if (d.info().containsKey(ProcessAttr.TERMINAL)) {
      // asDict gives null both for "no terminal" and "denied"; tty_nr is always readable on Linux.
      Object tty = d.info().get(ProcessAttr.TERMINAL);
      t.line("terminal", tty == null ? "(none)" : (String) tty);
    }
    t.attr("status", ProcessAttr.STATUS, v -> ((ProcessStatus) v).value());
    t.attr("nice", ProcessAttr.NICE, Object::toString);
    t.attr("ionice", ProcessAttr.IONICE, ProcinfoText::ionice);
    t.attr("num-threads", ProcessAttr.NUM_THREADS, Object::toString);
    t.attr("num-fds", ProcessAttr.NUM_FDS, Object::toString);
    t.attr("num-handles", ProcessAttr.NUM_HANDLES, Object::toString);
    t.attr("I/O", ProcessAttr.IO_COUNTERS, v -> io((IoCounters) v));
    t.attr(
        "ctx-switches",
        ProcessAttr.NUM_CTX_SWITCHES,
        v ->
            "voluntary="
                + ((CtxSwitches) v).voluntary()
                + ", involuntary="
                + ((CtxSwitches) v).involuntary());
    t.attr(
        "page-faults",
        ProcessAttr.PAGE_FAULTS,
        v -> "minor=" + ((PageFaults) v).minor() + ", major=" + ((PageFaults) v).major());
    t.children();
    t.openFiles();
    t.connections();
    t.threads();
    t.rlimits();
    t.memoryMaps();
    t.environ(env);
    return t.sb.toString();
  }

  private void children() {
    Table table = Table.of(Column.left("PID", 6), Column.left("NAME", 0));
    for (ProcinfoCommand.Child c : d.children()) {
      table.row(c.pid(), c.name() == null ? DENIED : c.name());
    }
    block("children", d.children().isEmpty() ? null : table, true);
  }

  @SuppressWarnings("unchecked")
  private void openFiles() {
    if (!present(ProcessAttr.OPEN_FILES, "open-files")) {
      return;
    }
    List<OpenFile> files = (List<OpenFile>) d.info().get(ProcessAttr.OPEN_FILES);
    Table table = Table.of(Column.left("FD", 4), Column.left("PATH", 0));
    for (OpenFile f : files) {
      table.row(f.fd().isPresent() ? Integer.toString(f.fd().getAsInt()) : null, f.path());
    }
    block("open-files", files.isEmpty() ? null : table, true);
  }

  @SuppressWarnings("unchecked")
  private void connections() {
    if (!present(ProcessAttr.NET_CONNECTIONS, "connections")) {
      return;
    }
    List<Connection> conns = (List<Connection>) d.info().get(ProcessAttr.NET_CONNECTIONS);
    Table table =
        Table.of(
            Column.left("PROTO", 5),
            Column.left("LOCAL ADDR", 25),
            Column.left("REMOTE ADDR", 25),
            Column.left("STATUS", 0));
    for (Connection c : conns) {
      String remote = NetstatCommand.address(c.raddr());
      table.row(
          NetstatCommand.proto(c.family(), c.type()).toUpperCase(Locale.ROOT),
          NetstatCommand.address(c.laddr()),
          remote == null ? (c.type() == SocketType.STREAM ? "*:*" : null) : remote,
          c.status().value());
    }
    block("connections", conns.isEmpty() ? null : table, false);
  }

  @SuppressWarnings("unchecked")
  private void threads() {
    if (!present(ProcessAttr.THREADS, "threads")) {
      return;
    }
    List<ProcessThread> threads = (List<ProcessThread>) d.info().get(ProcessAttr.THREADS);
    Table table =
        Table.of(Column.left("TID", 5), Column.right("USER", 12), Column.right("SYSTEM", 12));
    for (ProcessThread th : threads) {
      table.row(th.id(), PyFloat.repr(th.userTime()), PyFloat.repr(th.systemTime()));
    }
    block("threads", threads.isEmpty() ? null : table, true);
    if (!threads.isEmpty()) {
      line("", "total=" + threads.size());
    }
  }

  private void rlimits() {
    if (d.rlimits().isEmpty()) {
      return;
    }
    Table table =
        Table.of(Column.left("RLIMIT", 12), Column.right("SOFT", 15), Column.right("HARD", 15));
    d.rlimits()
        .forEach(
            (r, l) ->
                table.row(
                    RLIMIT_NAMES.getOrDefault(r, r.psutilName()),
                    limit(l.soft()),
                    limit(l.hard())));
    block("res-limits", table, false);
  }

  @SuppressWarnings("unchecked")
  private void memoryMaps() {
    if (!present(ProcessAttr.MEMORY_MAPS, "mem-maps")) {
      return;
    }
    List<MemoryMap> maps = new ArrayList<>((List<MemoryMap>) d.info().get(ProcessAttr.MEMORY_MAPS));
    maps.sort(Comparator.comparingLong((MemoryMap m) -> m.stats().rss()).reversed());
    Table table = Table.of(Column.left("RSS", 8), Column.left("PATH", 0));
    long total = 0;
    for (MemoryMap m : maps) {
      table.row(Psutil.bytes2human(m.stats().rss()), m.path());
      total += m.stats().rss();
    }
    block("mem-maps", maps.isEmpty() ? null : table, true);
    if (!maps.isEmpty()) {
      line("", "total=" + Psutil.bytes2human(total) + " in " + maps.size() + " mapped paths");
    }
  }

  @SuppressWarnings("unchecked")
  private void environ(boolean show) {
    if (!present(ProcessAttr.ENVIRON, "environ")) {
      return;
    }
    Map<String, String> env =
        new TreeMap<>((Map<String, String>) d.info().get(ProcessAttr.ENVIRON));
    if (!show) {
      line("environ", env.size() + " variables (--env shows them)");
      return;
    }
    Table table = Table.of(Column.left("NAME", 25), Column.left("VALUE", 0));
    env.forEach(table::row);
    block("environ", env.isEmpty() ? null : table, false); // asked for: all of it
  }

  /**
   * False after printing the denied line when the attribute was denied, or without a line when the
   * platform has no such attribute.
   */
  private boolean present(ProcessAttr attr, String label) {
    if (!d.info().containsKey(attr)) {
      return false;
    }
    if (d.info().get(attr) == null) {
      line(label, DENIED);
      return false;
    }
    return true;
  }

  /** A table under a label: header on the label's line, rows below; {@code null}: empty value. */
  private void block(String label, Table table, boolean shortened) {
    if (table == null) {
      line(label, "");
      return;
    }
    String[] lines = table.render().split("\n");
    int limit = shortened && !verbose ? SHORT_LIST + 1 : Integer.MAX_VALUE;
    for (int i = 0; i < lines.length && i < limit; i++) {
      line(i == 0 ? label : "", lines[i]);
    }
    if (lines.length > limit) {
      line("", "[...]");
    }
  }

  private void attr(String label, ProcessAttr attr, Function<Object, String> format) {
    if (!d.info().containsKey(attr)) {
      return; // the platform has no such attribute
    }
    Object v = d.info().get(attr);
    line(label, v == null ? DENIED : format.apply(v));
  }

  private void line(String label, String value) {
    String padded = label + " ".repeat(Math.max(0, LABEL_WIDTH - label.length()));
    sb.append((padded + " " + Printable.of(value)).stripTrailing()).append('\n');
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object v) {
    return (List<String>) v;
  }

  private static double busy(Object v) {
    ProcessCpuTimes t = (ProcessCpuTimes) v;
    return t.user() + t.system();
  }

  /** psutil's {@code str_ntuple}: {@code name=value, …}, bytes as bytes2human when asked. */
  static String fields(Map<String, ? extends Number> fields, boolean bytes) {
    List<String> parts = new ArrayList<>();
    fields.forEach(
        (k, v) ->
            parts.add(
                k
                    + "="
                    + (bytes
                        ? Psutil.bytes2human(v.longValue())
                        : v instanceof Double dv ? PyFloat.repr(dv) : v.toString())));
    return String.join(", ", parts);
  }

  /** Counts as they are, byte fields ({@code *_bytes}, {@code *_chars}) as bytes2human. */
  private static String io(IoCounters io) {
    List<String> parts = new ArrayList<>();
    io.asMap()
        .forEach(
            (k, v) ->
                parts.add(k + "=" + (k.endsWith("_count") ? v.toString() : Psutil.bytes2human(v))));
    return String.join(", ", parts);
  }

  private static String ids(int real, int effective, java.util.OptionalInt saved) {
    return "real="
        + real
        + ", effective="
        + effective
        + ", saved="
        + (saved.isPresent() ? Integer.toString(saved.getAsInt()) : "?");
  }

  private static String ionice(Object v) {
    if (v instanceof IoNice.Linux l) {
      return "class=" + l.ioclass().psutilName() + ", value=" + l.value();
    }
    return ((IoNice.Windows) v).priority().psutilName();
  }

  private static String limit(long value) {
    return value == ResourceLimit.INFINITY ? "infinity" : Long.toString(value);
  }
}
