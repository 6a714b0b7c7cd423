package io.github.jpsutil.cli.commands;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.NetIoCounters;
import io.github.jpsutil.cli.Command;
import io.github.jpsutil.cli.Invocation;
import io.github.jpsutil.cli.LiveView;
import io.github.jpsutil.cli.OptionSpec;
import io.github.jpsutil.cli.Probe;
import io.github.jpsutil.cli.text.Table;
import io.github.jpsutil.cli.text.Table.Column;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code jpsutil nettop}: network traffic per interface, totals and rates, redrawn every interval
 * on a terminal; into a pipe, with {@code --once} or {@code --json}, one sample over one interval.
 * After psutil's {@code scripts/nettop.py}, which labels the change over 0.5 s as "/s"; jpsutil
 * divides by the measured time between the two samples, so the rates are per second. JSON: {@code
 * {"interval": s, "net_io_counters": …, "net_io_counters_pernic": …, "per_second": {nic: {field:
 * rate}}}}, a rate being null when the interface was new or its counters went backwards.
 */
final class NettopCommand implements Command {
  /** Two readings and when they were taken. */
  record Sample(Optional<NetIoCounters> total, Map<String, NetIoCounters> perNic, long nanoTime) {}

  @Override
  public String name() {
    return "nettop";
  }

  @Override
  public String summary() {
    return "network traffic and rates per interface, refreshed every interval";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(OptionSpec.INTERVAL, OptionSpec.ONCE, OptionSpec.JSON);
  }

  @Override
  public int run(Invocation inv) throws InterruptedException {
    double seconds = inv.seconds(OptionSpec.INTERVAL, 1.0, 0.1, 3600);
    long sleepMillis = Math.round(seconds * 1000);
    Psutil p = inv.psutil();
    Probe<Sample> first = Probe.of("net_io_counters", () -> sample(p));
    if (!first.isAvailable()) {
      if (inv.json()) {
        inv.printJson(null);
      } else {
        inv.out().println(first.notAvailableLine());
      }
      return 0;
    }
    if (inv.json()) {
      Thread.sleep(sleepMillis);
      inv.printJson(json(first.value(), sample(p)));
      return 0;
    }
    LiveView.show(
        inv,
        new LiveView.Frames() {
          private Sample previous = first.value();

          @Override
          public String next() throws InterruptedException {
            Thread.sleep(sleepMillis);
            Sample current = sample(p);
            String frame = render(previous, current);
            previous = current;
            return frame;
          }
        });
    return 0;
  }

  private static Sample sample(Psutil p) {
    return new Sample(p.netIoCounters(), p.perNicIoCounters(), System.nanoTime());
  }

  static Map<String, Object> json(Sample before, Sample after) {
    double elapsed = elapsedSeconds(before, after);
    Map<String, Object> pernic = new LinkedHashMap<>();
    Map<String, Object> perSecond = new LinkedHashMap<>();
    for (String nic : byTraffic(after)) {
      Map<String, Long> now = after.perNic().get(nic).asMap();
      NetIoCounters old = before.perNic().get(nic);
      Map<String, Long> then = old == null ? Map.of() : old.asMap();
      Map<String, Object> rates = new LinkedHashMap<>();
      now.forEach((field, value) -> rates.put(field, rate(then.get(field), value, elapsed)));
      pernic.put(nic, now);
      perSecond.put(nic, rates);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("interval", elapsed);
    m.put("net_io_counters", after.total().map(NetIoCounters::asMap));
    m.put("net_io_counters_pernic", pernic);
    m.put("per_second", perSecond);
    return m;
  }

  /** psutil's layout: totals, then one block per interface, busiest first. */
  static String render(Sample before, Sample after) {
    double elapsed = elapsedSeconds(before, after);
    StringBuilder sb = new StringBuilder();
    if (after.total().isPresent()) {
      NetIoCounters t = after.total().get();
      sb.append(
          String.format(
              Locale.ROOT,
              "total bytes:           sent: %-10s   received: %s\n",
              Psutil.bytes2human(t.bytesSent()),
              Psutil.bytes2human(t.bytesRecv())));
      sb.append(
          String.format(
              Locale.ROOT,
              "total packets:         sent: %-10d   received: %d\n",
              t.packetsSent(),
              t.packetsRecv()));
    } else {
      sb.append("no network interfaces\n");
    }
    for (String nic : byTraffic(after)) {
      NetIoCounters now = after.perNic().get(nic);
      NetIoCounters old = before.perNic().get(nic);
      Table table =
          Table.of(Column.left(nic, 15), Column.right("TOTAL", 15), Column.right("PER-SEC", 15));
      table.row(
          "bytes-sent",
          Psutil.bytes2human(now.bytesSent()),
          bytesRate(old == null ? null : old.bytesSent(), now.bytesSent(), elapsed));
      table.row(
          "bytes-recv",
          Psutil.bytes2human(now.bytesRecv()),
          bytesRate(old == null ? null : old.bytesRecv(), now.bytesRecv(), elapsed));
      table.row(
          "pkts-sent",
          now.packetsSent(),
          countRate(old == null ? null : old.packetsSent(), now.packetsSent(), elapsed));
      table.row(
          "pkts-recv",
          now.packetsRecv(),
          countRate(old == null ? null : old.packetsRecv(), now.packetsRecv(), elapsed));
      sb.append('\n').append(table.render());
    }
    return sb.toString();
  }

  private static double elapsedSeconds(Sample before, Sample after) {
    return Math.max(1e-9, (after.nanoTime() - before.nanoTime()) / 1e9);
  }

  /** Interface names, most traffic (bytes plus packets) first, as psutil's script sorts them. */
  private static List<String> byTraffic(Sample s) {
    List<String> names = new ArrayList<>(s.perNic().keySet());
    names.sort(
        Comparator.comparingDouble(
                (String nic) -> {
                  NetIoCounters c = s.perNic().get(nic);
                  return (double) c.bytesSent() + c.bytesRecv() + c.packetsSent() + c.packetsRecv();
                })
            .reversed());
    return names;
  }

  /** Change per second; null when unknown (new interface) or negative (counters reset). */
  static Double rate(Long before, long after, double seconds) {
    if (before == null || after < before) {
      return null;
    }
    return (after - before) / seconds;
  }

  private static String bytesRate(Long before, long after, double seconds) {
    Double r = rate(before, after, seconds);
    return r == null ? null : Psutil.bytes2human(Math.round(r)) + "/s";
  }

  private static String countRate(Long before, long after, double seconds) {
    Double r = rate(before, after, seconds);
    return r == null ? null : Long.toString(Math.round(r));
  }
}
