package io.github.jpsutil.unix;

import com.sun.jna.Pointer;
import io.github.jpsutil.posix.Ifaddrs;
import io.github.jpsutil.spi.NetIfAddrs;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code getifaddrs(3)} list on the BSDs and macOS, where every {@code struct sockaddr} starts
 * with its own length ({@code sa_len}, one byte, {@code sys/socket.h}): each address is copied by
 * that length, so the backend's decoders see exactly the bytes the kernel gave.
 */
public final class BsdIfaddrs {
  private BsdIfaddrs() {}

  /**
   * Every element of the list, its flags as the unsigned {@code ifa_flags}.
   *
   * @return the entries in the list's order
   * @throws java.io.UncheckedIOException when getifaddrs fails
   */
  public static List<NetIfAddrs.Entry> entries() {
    List<NetIfAddrs.Entry> out = new ArrayList<>();
    Ifaddrs.forEach(
        (name, flags, addr, netmask, dst) ->
            out.add(
                new NetIfAddrs.Entry(
                    name, Integer.toUnsignedLong(flags), copy(addr), copy(netmask), copy(dst))));
    return out;
  }

  /**
   * The {@code sa_len} bytes of the sockaddr at {@code sa}, in native order.
   *
   * @param sa a BSD {@code struct sockaddr}, or {@code null}
   * @return its bytes, empty for {@code null}
   */
  public static Optional<ByteBuffer> copy(Pointer sa) {
    if (sa == null) {
      return Optional.empty();
    }
    byte[] bytes = sa.getByteArray(0, Byte.toUnsignedInt(sa.getByte(0)));
    return Optional.of(ByteBuffer.wrap(bytes).order(ByteOrder.nativeOrder()));
  }
}
