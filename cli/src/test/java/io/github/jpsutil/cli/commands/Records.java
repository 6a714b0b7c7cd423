package io.github.jpsutil.cli.commands;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.NetIoCounters;
import io.github.jpsutil.api.NicAddress;
import io.github.jpsutil.api.ProcessAttr;
import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.api.VirtualMemory;
import io.github.jpsutil.cli.Probe;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Hand-made records and probes for the render tests. */
final class Records {
  private Records() {}

  static final VirtualMemory.Linux MEMORY =
      new VirtualMemory.Linux(
          10_368_532_480L, // total: 10125520 KiB
          5_261_000_704L,
          49.3,
          8_833_019_904L,
          1_535_512_576L,
          6_012_954_624L,
          2_254_857_216L,
          357_888_000L,
          3_387_224_064L,
          0L,
          412_000_256L);

  static final SwapMemory SWAP =
      new SwapMemory(2_147_479_552L, 1_048_576L, 2_146_430_976L, 0.0, 4096, 0);

  static <T> Probe<T> available(String function, T value) {
    try {
      return Probe.of(function, () -> value);
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  static <T> Probe<T> unavailable(String function, String reason) {
    try {
      return Probe.of(
          function,
          () -> {
            throw new UnsupportedOperationException(reason);
          });
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  static NetIoCounters net(long sent, long recv, long pktsSent, long pktsRecv) {
    return new NetIoCounters(sent, recv, pktsSent, pktsRecv, 1, 2, 3, 4);
  }

  static NicAddress addr(AddressFamily f, String address, String netmask, String broadcast) {
    return new NicAddress(
        f,
        Optional.ofNullable(address),
        Optional.ofNullable(netmask),
        Optional.ofNullable(broadcast),
        Optional.empty());
  }

  /**
   * A process row as {@code processIter(attrs, null)} leaves it: alternating attributes and values,
   * a null value meaning access denied.
   */
  static ProcessRow proc(int pid, Object... attrsAndValues) {
    Map<ProcessAttr, Object> info = new EnumMap<>(ProcessAttr.class);
    for (int i = 0; i < attrsAndValues.length; i += 2) {
      info.put((ProcessAttr) attrsAndValues[i], attrsAndValues[i + 1]);
    }
    return new ProcessRow(pid, info);
  }
}
