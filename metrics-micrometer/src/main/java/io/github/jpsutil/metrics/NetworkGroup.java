package io.github.jpsutil.metrics;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.NetIoCounters;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Per-interface counters from one {@code perNicIoCounters()} per refresh (never wrapping): {@code
 * system.network.io} (bytes), {@code packets}, {@code errors} and {@code dropped}, each by {@code
 * direction} {@code transmit}/{@code receive}.
 */
final class NetworkGroup extends Group<Map<String, NetIoCounters>> {
  private final Psutil psutil;
  private final KeyedMeters<String> nics;

  NetworkGroup(Psutil psutil, MeterSink sink) {
    this.psutil = psutil;
    this.nics = new KeyedMeters<>(sink);
  }

  static boolean supported(Psutil p) {
    return p.supports(Feature.NET_IO_COUNTERS);
  }

  @Override
  String name() {
    return "network";
  }

  @Override
  Map<String, NetIoCounters> read(Map<String, NetIoCounters> previous) {
    return psutil.perNicIoCounters();
  }

  @Override
  void sync(Map<String, NetIoCounters> sample) {
    nics.sync(sample.keySet(), this::define);
  }

  private List<MeterDef> define(String nic) {
    return List.of(
        counter(Metric.NETWORK_IO, nic, "transmit", NetIoCounters::bytesSent),
        counter(Metric.NETWORK_IO, nic, "receive", NetIoCounters::bytesRecv),
        counter(Metric.NETWORK_PACKETS, nic, "transmit", NetIoCounters::packetsSent),
        counter(Metric.NETWORK_PACKETS, nic, "receive", NetIoCounters::packetsRecv),
        counter(Metric.NETWORK_ERRORS, nic, "transmit", NetIoCounters::errout),
        counter(Metric.NETWORK_ERRORS, nic, "receive", NetIoCounters::errin),
        counter(Metric.NETWORK_DROPPED, nic, "transmit", NetIoCounters::dropout),
        counter(Metric.NETWORK_DROPPED, nic, "receive", NetIoCounters::dropin));
  }

  private MeterDef counter(
      Metric metric, String nic, String direction, ToLongFunction<NetIoCounters> field) {
    return MeterDef.of(
        metric,
        () ->
            value(
                s -> {
                  NetIoCounters c = s.get(nic);
                  return c == null ? Double.NaN : field.applyAsLong(c);
                }),
        "device",
        nic,
        "direction",
        direction);
  }
}
