package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.ConnectionStatus;
import io.github.jpsutil.api.Endpoint;
import io.github.jpsutil.api.SocketType;
import io.github.jpsutil.spi.InetText;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * {@code /proc/net/tcp}, {@code tcp6}, {@code udp} and {@code udp6}, which share one layout (kernel
 * {@code tcp4_seq_show}, {@code tcp6_seq_show}, {@code udp4_format_sock}; {@code man 5 proc}
 * "/proc/net/tcp"): a header line, then per socket
 *
 * <pre>
 * 1 sl  2 local_address  3 rem_address  4 st  5 tx_queue:rx_queue  6 tr:tm-&gt;when  7 retrnsmt
 * 8 uid  9 timeout  10 inode  ...
 * </pre>
 *
 * An address is {@code HEX:PORT}. The IP is printed as 32-bit words, each the {@code %08X} of the
 * word as the kernel holds it in memory (network byte order) read as a host integer: on a
 * little-endian host {@code 0100007F} is 127.0.0.1 (psutil gh-201). IPv6 has four such words. The
 * port is {@code %04X} of the host-order port. Port 0 means "no address" (psutil's {@code ()}).
 */
public final class NetTcpUdp {
  private NetTcpUdp() {}

  /**
   * The sockets of one table.
   *
   * @param text the file's content
   * @param file the file's name for error messages
   * @param family {@link AddressFamily#INET} for tcp/udp, {@link AddressFamily#INET6} for tcp6/udp6
   * @param type {@link SocketType#STREAM} for tcp*, whose state column is decoded, {@link
   *     SocketType#DGRAM} for udp*, whose state is always NONE
   * @param hostOrder the byte order of the machine that wrote the file
   * @param wanted which inodes to decode; lines of other inodes are skipped before their addresses
   *     are decoded
   * @throws io.github.jpsutil.api.MalformedDataException naming the line when a line has fewer than
   *     10 fields or a field is not the number it should be
   */
  public static List<SocketRow> parse(
      String text,
      String file,
      AddressFamily family,
      SocketType type,
      ByteOrder hostOrder,
      LongPredicate wanted) {
    // Not an enum switch: javac would add a lookup class to the jar for it.
    int ipDigits;
    if (family == AddressFamily.INET) {
      ipDigits = 8;
    } else if (family == AddressFamily.INET6) {
      ipDigits = 32;
    } else {
      throw new IllegalArgumentException("family must be INET or INET6: " + family);
    }
    if (type != SocketType.STREAM && type != SocketType.DGRAM) {
      throw new IllegalArgumentException("type must be STREAM or DGRAM: " + type);
    }
    List<SocketRow> rows = new ArrayList<>();
    TextCursor c = TextCursor.of(text, file);
    byte[] ip = new byte[ipDigits / 2];
    c.nextLine(); // the header
    while (c.nextLine()) {
      if (!c.nextField()) {
        continue; // blank line
      }
      int localStart = c.field("local_address").start();
      int localEnd = c.end();
      int remoteStart = c.field("rem_address").start();
      int remoteEnd = c.end();
      int state = (int) c.field("st").hex(8, "st");
      c.skip(5, "tx_queue:rx_queue, tr:tm->when, retrnsmt, uid, timeout");
      long inode = c.nextDecimal("inode");
      if (!wanted.test(inode)) {
        continue;
      }
      Optional<Endpoint> laddr = endpoint(c, localStart, localEnd, ipDigits, hostOrder, ip);
      Optional<Endpoint> raddr = endpoint(c, remoteStart, remoteEnd, ipDigits, hostOrder, ip);
      ConnectionStatus status = type == SocketType.STREAM ? tcpState(state) : ConnectionStatus.NONE;
      rows.add(new SocketRow(inode, family, type, laddr, raddr, status));
    }
    return rows;
  }

  /**
   * The kernel's {@code TCP_*} state numbers ({@code include/net/tcp_states.h}); states that never
   * reach this file or are newer than psutil's table (NEW_SYN_RECV 12, BOUND_INACTIVE 13) are NONE,
   * as psutil/_pslinux.py does for a state missing from TCP_STATUSES.
   */
  static ConnectionStatus tcpState(int state) {
    return switch (state) {
      case 0x01 -> ConnectionStatus.ESTABLISHED;
      case 0x02 -> ConnectionStatus.SYN_SENT;
      case 0x03 -> ConnectionStatus.SYN_RECV;
      case 0x04 -> ConnectionStatus.FIN_WAIT1;
      case 0x05 -> ConnectionStatus.FIN_WAIT2;
      case 0x06 -> ConnectionStatus.TIME_WAIT;
      case 0x07 -> ConnectionStatus.CLOSE;
      case 0x08 -> ConnectionStatus.CLOSE_WAIT;
      case 0x09 -> ConnectionStatus.LAST_ACK;
      case 0x0A -> ConnectionStatus.LISTEN;
      case 0x0B -> ConnectionStatus.CLOSING;
      default -> ConnectionStatus.NONE;
    };
  }

  private static Optional<Endpoint> endpoint(
      TextCursor c, int from, int to, int ipDigits, ByteOrder hostOrder, byte[] ip) {
    int colon = from + ipDigits;
    if (to - from != ipDigits + 5 || c.at(colon) != ':') {
      throw c.malformed(
          "address '"
              + c.ascii(from, to)
              + "' is not "
              + ipDigits
              + " hex digits, ':' and a 4-digit port");
    }
    int port = (int) c.hex(colon + 1, to, 8, "port");
    if (port == 0) {
      return Optional.empty();
    }
    for (int w = 0; w < ipDigits / 8; w++) {
      long word = c.hex(from + 8 * w, from + 8 * w + 8, 8, "address");
      int b = 4 * w;
      if (hostOrder == ByteOrder.LITTLE_ENDIAN) {
        ip[b] = (byte) word;
        ip[b + 1] = (byte) (word >>> 8);
        ip[b + 2] = (byte) (word >>> 16);
        ip[b + 3] = (byte) (word >>> 24);
      } else {
        ip[b] = (byte) (word >>> 24);
        ip[b + 1] = (byte) (word >>> 16);
        ip[b + 2] = (byte) (word >>> 8);
        ip[b + 3] = (byte) word;
      }
    }
    String text = ipDigits == 8 ? InetText.ipv4(ip, 0) : InetText.ipv6(ip, 0);
    return Optional.of(new Endpoint.Inet(text, port));
  }
}
