package io.github.jpsutil.linux.parse;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.ConnectionStatus;
import io.github.jpsutil.api.Endpoint;
import io.github.jpsutil.api.SocketType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * {@code /proc/net/unix} (kernel {@code unix_seq_show}, {@code man 5 proc} "/proc/net/unix"): a
 * header line, then per socket
 *
 * <pre>
 * 1 Num  2 RefCount  3 Protocol  4 Flags  5 Type  6 St  7 Inode  [8 Path]
 * </pre>
 *
 * Type is {@code %04X} of the socket type (1 stream, 2 datagram, 5 seqpacket); Inode is {@code
 * %5lu}, so it may be padded with spaces. When the socket is bound, one space and the name follow;
 * the kernel prints an abstract name with a leading {@code '@'} and its NUL bytes as {@code '@'}.
 *
 * <p>The path is everything after that one space, so a path containing spaces is kept whole. psutil
 * instead takes the 8th whitespace-separated field only when a line has exactly 8, and reports
 * {@code ""} for such paths; this deviation is deliberate. UNIX sockets have no status and Linux
 * cannot tell their peer: status is NONE and raddr is {@code Unix("")}, as in psutil.
 */
public final class NetUnix {
  private NetUnix() {}

  private static final String FILE = "/proc/net/unix";
  private static final Optional<Endpoint> NO_PEER = Optional.of(new Endpoint.Unix(""));

  /**
   * The sockets in the table.
   *
   * @param wanted which inodes to keep
   * @throws io.github.jpsutil.api.MalformedDataException naming the line when a socket line has
   *     fewer than 7 fields, a non-numeric field or a type other than stream, datagram, raw or
   *     seqpacket. Lines that do not start with a {@code Num:} field are skipped: they are the rest
   *     of a path that contains a newline (psutil gh-766 skips them too).
   */
  public static List<SocketRow> parse(String text, LongPredicate wanted) {
    List<SocketRow> rows = new ArrayList<>();
    TextCursor c = TextCursor.of(text, FILE);
    c.nextLine(); // the header
    while (c.nextLine()) {
      if (!c.nextField() || !isNumField(c)) {
        continue;
      }
      c.skip(3, "RefCount, Protocol, Flags");
      int typeCode = (int) c.field("Type").hex(8, "Type");
      c.field("St");
      long inode = c.nextDecimal("Inode");
      if (!wanted.test(inode)) {
        continue;
      }
      int afterInode = c.end();
      String path = afterInode < c.lineEnd() ? c.string(afterInode + 1, c.lineEnd()) : "";
      rows.add(
          new SocketRow(
              inode,
              AddressFamily.UNIX,
              socketType(c, typeCode),
              Optional.of(new Endpoint.Unix(path)),
              NO_PEER,
              ConnectionStatus.NONE));
    }
    return rows;
  }

  /** {@code SOCK_*} numbers of {@code include/linux/net.h}. */
  private static SocketType socketType(TextCursor c, int code) {
    return switch (code) {
      case 1 -> SocketType.STREAM;
      case 2 -> SocketType.DGRAM;
      case 3 -> SocketType.RAW;
      case 5 -> SocketType.SEQPACKET;
      default -> throw c.malformed("unknown socket type " + code);
    };
  }

  /** The first field of a socket line: the kernel pointer as hex digits and a ':'. */
  private static boolean isNumField(TextCursor c) {
    int start = c.start();
    int end = c.end();
    if (end - start < 2 || c.at(end - 1) != ':') {
      return false;
    }
    for (int i = start; i < end - 1; i++) {
      if (Character.digit(c.at(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
