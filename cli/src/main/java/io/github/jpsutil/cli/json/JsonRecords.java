package io.github.jpsutil.cli.json;

import io.github.jpsutil.api.Battery;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.CpuFreq;
import io.github.jpsutil.api.CpuStats;
import io.github.jpsutil.api.DiskPartition;
import io.github.jpsutil.api.DiskUsage;
import io.github.jpsutil.api.Endpoint;
import io.github.jpsutil.api.Fan;
import io.github.jpsutil.api.Gids;
import io.github.jpsutil.api.IoNice;
import io.github.jpsutil.api.LoadAverage;
import io.github.jpsutil.api.MemoryMap;
import io.github.jpsutil.api.MemoryMapRegion;
import io.github.jpsutil.api.NicAddress;
import io.github.jpsutil.api.NicStats;
import io.github.jpsutil.api.OpenFile;
import io.github.jpsutil.api.ProcessThread;
import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.api.Temperature;
import io.github.jpsutil.api.Uids;
import io.github.jpsutil.api.User;
import io.github.jpsutil.cli.text.TimeText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The JSON form of each api record: an ordered map with psutil's field names and order (so the
 * output can be compared key by key with {@code psutil.<function>()._asdict()}), enums as psutil's
 * names ({@code AF_INET}, {@code SOCK_STREAM}, {@code NIC_DUPLEX_FULL}, {@code LISTEN}) and empty
 * optionals as {@code null} (psutil's {@code None}).
 *
 * <p>Deliberate differences from psutil, where jpsutil's records keep "unknown" apart from a value:
 * an unknown {@code cpu_freq} min/max is {@code null} (psutil: 0.0 on Linux), an unknown NIC {@code
 * speed} is {@code null} (psutil: 0), an unknown connection {@code fd} is {@code null} (psutil: -1)
 * and an empty {@code laddr}/{@code raddr} is {@code null} (psutil: the empty tuple).
 */
public final class JsonRecords {
  private JsonRecords() {}

  /** psutil's {@code scpufreq}: current, min, max in MHz. */
  public static Map<String, Object> cpuFreq(CpuFreq f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("current", f.current());
    m.put("min", f.min());
    m.put("max", f.max());
    return m;
  }

  /** psutil's {@code scpustats}. */
  public static Map<String, Object> cpuStats(CpuStats s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ctx_switches", s.ctxSwitches());
    m.put("interrupts", s.interrupts());
    m.put("soft_interrupts", s.softInterrupts());
    m.put("syscalls", s.syscalls());
    return m;
  }

  /** psutil's {@code getloadavg()}: a list of three floats. */
  public static List<Object> loadAverage(LoadAverage l) {
    return List.of(l.load1(), l.load5(), l.load15());
  }

  /** psutil's {@code sswap}. */
  public static Map<String, Object> swapMemory(SwapMemory s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("total", s.total());
    m.put("used", s.used());
    m.put("free", s.free());
    m.put("percent", s.percent());
    m.put("sin", s.sin());
    m.put("sout", s.sout());
    return m;
  }

  /** psutil's {@code sdiskpart}; {@code opts} stays the comma-separated string. */
  public static Map<String, Object> diskPartition(DiskPartition p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("device", p.device());
    m.put("mountpoint", p.mountpoint());
    m.put("fstype", p.fstype());
    m.put("opts", p.opts());
    return m;
  }

  /** psutil's {@code sdiskusage}. */
  public static Map<String, Object> diskUsage(DiskUsage u) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("total", u.total());
    m.put("used", u.used());
    m.put("free", u.free());
    m.put("percent", u.percent());
    return m;
  }

  /** psutil's {@code sconn} plus {@code pid}, as {@code net_connections()} returns it. */
  public static Map<String, Object> connection(Connection c) {
    Map<String, Object> m = processConnection(c);
    m.put("pid", c.pid());
    return m;
  }

  /** psutil's {@code pconn}: a {@link #connection} without {@code pid}. */
  public static Map<String, Object> processConnection(Connection c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("fd", c.fd());
    m.put("family", c.family().psutilName());
    m.put("type", c.type().psutilName());
    m.put("laddr", endpoint(c.laddr()));
    m.put("raddr", endpoint(c.raddr()));
    m.put("status", c.status().value());
    return m;
  }

  /**
   * psutil's {@code addr(ip, port)} as {@code {"ip": …, "port": …}} for INET, the path string
   * (possibly "") for UNIX, {@code null} for psutil's empty tuple.
   */
  public static Object endpoint(Optional<Endpoint> endpoint) {
    if (endpoint.isEmpty()) {
      return null;
    }
    Endpoint e = endpoint.get();
    if (e instanceof Endpoint.Inet inet) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("ip", inet.ip());
      m.put("port", inet.port());
      return m;
    }
    return ((Endpoint.Unix) e).path();
  }

  /** psutil's {@code snicaddr}. */
  public static Map<String, Object> nicAddress(NicAddress a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("family", a.family().psutilName());
    m.put("address", a.address());
    m.put("netmask", a.netmask());
    m.put("broadcast", a.broadcast());
    m.put("ptp", a.ptp());
    return m;
  }

  /** psutil's {@code snicstats}; {@code flags} is psutil's comma-separated string. */
  public static Map<String, Object> nicStats(NicStats s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("isup", s.isUp());
    m.put("duplex", s.duplex().psutilName());
    m.put("speed", s.speed());
    m.put("mtu", s.mtu());
    m.put("flags", s.flagsString());
    return m;
  }

  /** psutil's {@code shwtemp}. */
  public static Map<String, Object> temperature(Temperature t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("label", t.label());
    m.put("current", t.current());
    m.put("high", t.high());
    m.put("critical", t.critical());
    return m;
  }

  /** psutil's {@code sfan}. */
  public static Map<String, Object> fan(Fan f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("label", f.label());
    m.put("current", f.current());
    return m;
  }

  /** psutil's {@code sbattery}; {@code secsleft} is psutil's int, -1 unknown, -2 unlimited. */
  public static Map<String, Object> battery(Battery b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("percent", b.percent());
    m.put("secsleft", b.psutilSecsLeft());
    m.put("power_plugged", b.powerPlugged());
    return m;
  }

  /** psutil's {@code suser}; {@code started} is float epoch seconds. */
  public static Map<String, Object> user(User u) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", u.name());
    m.put("terminal", u.terminal());
    m.put("host", u.host());
    m.put("started", TimeText.epochSeconds(u.started()));
    m.put("pid", u.pid());
    return m;
  }

  /** psutil's {@code puids}; {@code saved} is null only where the OS hides it (SunOS). */
  public static Map<String, Object> uids(Uids u) {
    return ids(u.real(), u.effective(), u.saved());
  }

  /** psutil's {@code pgids}. */
  public static Map<String, Object> gids(Gids g) {
    return ids(g.real(), g.effective(), g.saved());
  }

  private static Map<String, Object> ids(int real, int effective, Object saved) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("real", real);
    m.put("effective", effective);
    m.put("saved", saved);
    return m;
  }

  /**
   * psutil's {@code pionice} on Linux, {@code {"ioclass": "IOPRIO_CLASS_BE", "value": 4}}; on
   * Windows psutil returns a bare {@code IOPRIO_*} constant, here its name.
   */
  public static Object ionice(IoNice n) {
    if (n instanceof IoNice.Linux l) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("ioclass", l.ioclass().psutilName());
      m.put("value", l.value());
      return m;
    }
    return ((IoNice.Windows) n).priority().psutilName();
  }

  /** psutil's {@code pthread}: native id and CPU seconds. */
  public static Map<String, Object> thread(ProcessThread t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.id());
    m.put("user_time", t.userTime());
    m.put("system_time", t.systemTime());
    return m;
  }

  /** psutil's {@code popenfile}; Linux adds position, mode and flags. */
  public static Map<String, Object> openFile(OpenFile f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("path", f.path());
    m.put("fd", f.fd());
    if (f instanceof OpenFile.Linux l) {
      m.put("position", l.position());
      m.put("mode", l.mode());
      m.put("flags", l.flags());
    }
    return m;
  }

  /** psutil's {@code pmmap_grouped}: the path, then the summed fields in bytes. */
  public static Map<String, Object> memoryMap(MemoryMap map) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("path", map.path());
    m.putAll(map.stats().asMap());
    return m;
  }

  /** psutil's {@code pmmap_ext}: address range, permissions, path, then the fields in bytes. */
  public static Map<String, Object> memoryMapRegion(MemoryMapRegion r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("addr", r.addr());
    m.put("perms", r.perms());
    m.put("path", r.path());
    m.putAll(r.stats().asMap());
    return m;
  }

  /** Each element of {@code items} converted, order kept. */
  public static <T> List<Object> list(List<T> items, Function<? super T, ?> convert) {
    List<Object> out = new ArrayList<>(items.size());
    for (T item : items) {
      out.add(convert.apply(item));
    }
    return out;
  }

  /** Each value of {@code map} converted, key order kept. */
  public static <T> Map<String, Object> map(Map<String, T> map, Function<? super T, ?> convert) {
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(k, convert.apply(v)));
    return out;
  }
}
