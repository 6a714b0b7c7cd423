package io.github.jpsutil.linux;

import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.SocketType;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.linux.acquire.ProcFdSockets;
import io.github.jpsutil.linux.acquire.ProcFdSockets.Owner;
import io.github.jpsutil.linux.parse.NetTcpUdp;
import io.github.jpsutil.linux.parse.NetUnix;
import io.github.jpsutil.linux.parse.SocketRow;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * psutil's Linux {@code net_connections} and {@code Process.net_connections} (psutil/_pslinux.py
 * {@code NetConnections}): the socket tables of {@code /proc/net} joined with the {@code
 * socket:[inode]} links of {@code /proc/<pid>/fd}.
 */
final class LinuxConnections {
  private final LinuxFiles files;

  /**
   * Made on first use: it reads links through JNA, which a backend that lists no sockets need not
   * load.
   */
  private volatile ProcFdSockets fdSockets;

  LinuxConnections(LinuxFiles files) {
    this.files = files;
  }

  private ProcFdSockets fdSockets() {
    ProcFdSockets s = fdSockets;
    if (s == null) {
      synchronized (this) {
        s = fdSockets;
        if (s == null) {
          s = new ProcFdSockets(files);
          fdSockets = s;
        }
      }
    }
    return s;
  }

  /** Every socket of the kind; pid and fd are empty where the owner cannot be seen. */
  List<Connection> all(ConnectionKind kind) {
    Objects.requireNonNull(kind, "kind");
    List<SocketRow> rows = rows(kind, inode -> true);
    if (rows.isEmpty()) {
      return List.of();
    }
    Set<Long> inodes = new HashSet<>();
    for (SocketRow r : rows) {
      inodes.add(r.inode());
    }
    return join(rows, fdSockets().all(inodes::contains));
  }

  /** The sockets of one process; see {@link LinuxNet#connectionsOf}. */
  List<Connection> of(int pid, ConnectionKind kind) {
    if (pid < 0) {
      throw new IllegalArgumentException("pid must be >= 0, got " + pid);
    }
    Objects.requireNonNull(kind, "kind");
    Map<Long, List<Owner>> owners = fdSockets().of(pid);
    List<Connection> result =
        owners.isEmpty() ? List.of() : join(rows(kind, owners::containsKey), owners);
    // The fds may have been those of a process that exited while we read the tables.
    fdSockets().requireAlive(pid);
    return result;
  }

  private List<SocketRow> rows(ConnectionKind kind, LongPredicate wanted) {
    List<SocketRow> rows = new ArrayList<>();
    addTable(rows, kind, wanted, "tcp", AddressFamily.INET, SocketType.STREAM);
    addTable(rows, kind, wanted, "tcp6", AddressFamily.INET6, SocketType.STREAM);
    addTable(rows, kind, wanted, "udp", AddressFamily.INET, SocketType.DGRAM);
    addTable(rows, kind, wanted, "udp6", AddressFamily.INET6, SocketType.DGRAM);
    addTable(rows, kind, wanted, "unix", AddressFamily.UNIX, null);
    return rows;
  }

  /**
   * Adds the rows of one socket table if {@code kind} wants its family and type; {@code type} is
   * null for unix, whose lines carry their own type.
   */
  private void addTable(
      List<SocketRow> rows,
      ConnectionKind kind,
      LongPredicate wanted,
      String file,
      AddressFamily family,
      SocketType type) {
    if (!kind.families().contains(family) || (type != null && !kind.types().contains(type))) {
      return;
    }
    Path path = files.proc("net", file);
    if (family == AddressFamily.INET6 && !files.exists(path)) {
      return; // IPv6 disabled (ipv6.disable=1): no tcp6/udp6, as psutil
    }
    String text = files.readSeqTableText(path);
    rows.addAll(
        type == null
            ? NetUnix.parse(text, wanted)
            : NetTcpUdp.parse(
                text, path.toString(), family, type, ByteOrder.nativeOrder(), wanted));
  }

  /**
   * One connection per INET socket, owned by its first fd (psutil assumes INET sockets unique); one
   * per fd for UNIX sockets, which are often shared. Duplicates are removed, as psutil's set.
   */
  private static List<Connection> join(List<SocketRow> rows, Map<Long, List<Owner>> owners) {
    Set<Connection> result = new LinkedHashSet<>();
    for (SocketRow r : rows) {
      List<Owner> os = owners.get(r.inode());
      if (os == null) {
        result.add(connection(r, OptionalInt.empty(), OptionalInt.empty()));
      } else if (r.family() != AddressFamily.UNIX) {
        Owner o = os.get(0);
        result.add(connection(r, OptionalInt.of(o.fd()), OptionalInt.of(o.pid())));
      } else {
        for (Owner o : os) {
          result.add(connection(r, OptionalInt.of(o.fd()), OptionalInt.of(o.pid())));
        }
      }
    }
    return List.copyOf(result);
  }

  private static Connection connection(SocketRow r, OptionalInt fd, OptionalInt pid) {
    return new Connection(fd, r.family(), r.type(), r.laddr(), r.raddr(), r.status(), pid);
  }
}
