package io.github.jpsutil.sunos.acquire;

import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.posix.NativeErrors;
import io.github.jpsutil.sunos.parse.Mib2Conns;
import io.github.jpsutil.sunos.parse.Tpi;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Every TCP and UDP endpoint, from the MIB-II tables IP, TCP and UDP hand up a {@code /dev/arp}
 * stream (psutil's {@code net_connections}, netstat's {@code mibget()}): one request, then per
 * table a control part and a data part, until the final acknowledgement.
 */
public record MibConnections(SunOsNative lib) {
  /** psutil's and netstat's control buffer. */
  private static final int CTL_SIZE = 512;

  /** More tables than IP, TCP, UDP and their IPv6 twins ever send; a guard against a loop. */
  private static final int MAX_TABLES = 10_000;

  /**
   * The rows of the four connection tables.
   *
   * @throws io.github.jpsutil.api.AccessDenied when the stream may not be opened (EACCES, EPERM)
   */
  public List<Connection> all() {
    int fd = lib.mibStreamOpen();
    if (fd == -1) {
      throw NativeErrors.translate(lib.errno(), "open /dev/arp, I_PUSH tcp and udp", null);
    }
    try {
      if (lib.putmsg(fd, Tpi.request()) == -1) {
        throw NativeErrors.failure("putmsg(MIB2 request)", lib.errno());
      }
      List<Connection> out = new ArrayList<>();
      int[] lens = new int[2];
      for (int n = 0; n < MAX_TABLES; n++) {
        ByteBuffer ctl = ByteBuffer.allocate(CTL_SIZE).order(ByteOrder.nativeOrder());
        int code = lib.getmsg(fd, ctl, null, lens);
        if (code == -1) {
          throw NativeErrors.failure("getmsg(MIB2 control)", lib.errno());
        }
        Tpi.Reply reply = Tpi.reply(ctl, lens[0], code);
        if (reply instanceof Tpi.End) {
          return out;
        }
        if (reply instanceof Tpi.Error e) {
          throw NativeErrors.failure(
              "MIB2 request (T_ERROR_ACK, TLI error " + e.tliError() + ")", e.unixError());
        }
        Tpi.Table t = (Tpi.Table) reply;
        ByteBuffer data = ByteBuffer.allocate(t.len()).order(ByteOrder.nativeOrder());
        if (lib.getmsg(fd, null, data, lens) == -1) {
          throw NativeErrors.failure("getmsg(MIB2 data)", lib.errno());
        }
        if (Mib2Conns.wanted(t.level(), t.name())) {
          if (lens[1] < 0 || lens[1] > t.len()) {
            throw new MalformedDataException(
                "MIB2 table of " + lens[1] + " bytes, announced " + t.len());
          }
          out.addAll(Mib2Conns.decode(t.level(), t.name(), data.limit(lens[1])));
        }
      }
      throw new IllegalStateException("MIB2 reply has more than " + MAX_TABLES + " tables");
    } finally {
      lib.close(fd);
    }
  }
}
