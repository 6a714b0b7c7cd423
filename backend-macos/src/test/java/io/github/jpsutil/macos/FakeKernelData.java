package io.github.jpsutil.macos;

import static io.github.jpsutil.macos.FakeMacNative.le;

import io.github.jpsutil.macos.parse.ProcRegionInfo;
import io.github.jpsutil.macos.parse.ProcThreadInfo;
import io.github.jpsutil.macos.parse.SocketFdInfo;
import io.github.jpsutil.spi.NetIfAddrs;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The buffers {@link FakeMacNative} answers the newer calls with (threads, regions, sockets,
 * interfaces, pmgr).
 */
final class FakeKernelData {
  private FakeKernelData() {}

  /** Thread 0x70000001 ran 1.5 s user and 0.25 s system; 0x70000002 ended after the listing. */
  static byte[] threadInfo(long handle) {
    if (handle != 0x7000_0001L) {
      return null;
    }
    return le(ProcThreadInfo.LAYOUT.size())
        .putLong(0, 1_500_000_000L)
        .putLong(8, 250_000_000L)
        .array();
  }

  /**
   * Two regions: [0x1000, 0x11000) private with 10 + 2 resident pages, then [0x100000, 0x200000)
   * copy-on-write with 3 private and 4 shared pages and one reference; nothing after.
   */
  static byte[] region(long address) {
    ByteBuffer b = le(ProcRegionInfo.LAYOUT.size());
    if (address <= 0x1000) {
      b.putInt(60, 2).putInt(64, 10).putInt(68, 2).putLong(80, 0x1000).putLong(88, 0x10000);
    } else if (address <= 0x100000) {
      b.putInt(52, 1).putInt(60, 1).putInt(64, 3).putInt(68, 4).putLong(80, 0x100000);
      b.putLong(88, 0x100000);
    } else {
      return null;
    }
    return b.array();
  }

  /** fd 5: a TCP socket 127.0.0.1:5000 → 127.0.0.1:6000, ESTABLISHED (4). */
  static int socket(byte[] out) {
    ByteBuffer b = ByteBuffer.wrap(out).order(ByteOrder.nativeOrder());
    b.putInt(SocketFdInfo.SOI_FAMILY.offset(), 2).putInt(SocketFdInfo.SOI_TYPE.offset(), 1);
    b.put(SocketFdInfo.INSI_LPORT.offset(), (byte) 0x13)
        .put(SocketFdInfo.INSI_LPORT.offset() + 1, (byte) 0x88);
    b.put(SocketFdInfo.INSI_FPORT.offset(), (byte) 0x17)
        .put(SocketFdInfo.INSI_FPORT.offset() + 1, (byte) 0x70);
    b.put(SocketFdInfo.INSI_LADDR.offset() + 12, new byte[] {127, 0, 0, 1});
    b.put(SocketFdInfo.INSI_FADDR.offset() + 12, new byte[] {127, 0, 0, 1});
    b.putInt(SocketFdInfo.TCPSI_STATE.offset(), 4);
    return SocketFdInfo.LAYOUT.size();
  }

  static Optional<ByteBuffer> sin(int a, int b, int c, int d) {
    ByteBuffer s = le(16).put(0, (byte) 16).put(1, (byte) 2);
    return Optional.of(s.put(4, new byte[] {(byte) a, (byte) b, (byte) c, (byte) d}));
  }

  /** First two groups and the last group of an AF_INET6 sockaddr; the rest zero. */
  static Optional<ByteBuffer> sin6(int g0, int g1, int g7) {
    ByteBuffer s = le(28).put(0, (byte) 28).put(1, (byte) 30);
    s.order(ByteOrder.BIG_ENDIAN).putShort(8, (short) g0).putShort(10, (short) g1);
    s.putShort(22, (short) g7);
    return Optional.of(s.order(ByteOrder.nativeOrder()));
  }

  static byte[] dvfs(int... frequencies) {
    ByteBuffer b = ByteBuffer.allocate(8 * frequencies.length).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < frequencies.length; i++) {
      b.putInt(8 * i, frequencies[i]).putInt(8 * i + 4, 800_000);
    }
    return b.array();
  }

  static List<NetIfAddrs.Entry> loopback() {
    Optional<ByteBuffer> none = Optional.empty();
    ByteBuffer link = le(20).put(0, (byte) 20).put(1, (byte) 18).putShort(2, (short) 1);
    link.put(5, (byte) 3).put(8, "lo0".getBytes(StandardCharsets.US_ASCII));
    return List.of(
        new NetIfAddrs.Entry("lo0", 0x8049, Optional.of(link), none, none),
        new NetIfAddrs.Entry("lo0", 0x8049, sin(127, 0, 0, 1), sin(255, 0, 0, 0), none),
        new NetIfAddrs.Entry("lo0", 0x8049, sin6(0, 0, 1), sin6(0xffff, 0xffff, 0), none),
        new NetIfAddrs.Entry("lo0", 0x8049, sin6(0xfe80, 1, 1), sin6(0xffff, 0xffff, 0), none));
  }

  static Optional<Map<String, byte[]>> pmgr(String serviceClass, String name) {
    if (!serviceClass.equals("AppleARMIODevice") || !name.equals("pmgr")) {
      return Optional.empty();
    }
    return Optional.of(
        Map.of(
            "voltage-states1-sram", dvfs(600_000_000, 2_064_000_000),
            "voltage-states5-sram", dvfs(1_260_000, 4_512_000),
            "voltage-states9-sram", dvfs(444_000_000, 1_398_000_000),
            "voltage-states1", dvfs(9_000_000, 9_000_000)));
  }
}
