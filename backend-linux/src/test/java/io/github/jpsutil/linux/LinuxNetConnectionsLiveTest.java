package io.github.jpsutil.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.jpsutil.api.AccessDenied;
import io.github.jpsutil.api.AddressFamily;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.ConnectionKind;
import io.github.jpsutil.api.ConnectionStatus;
import io.github.jpsutil.api.Endpoint;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.SocketType;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.linux.jna.ThreadFsuid;
import io.github.jpsutil.spi.BackendConfig;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sockets this JVM opens must appear with its pid, and the system-wide view must agree with {@code
 * ss} (iproute2): LISTEN ports as an exact set, owners (pid, fd) per socket.
 */
@EnabledOnOs(OS.LINUX)
class LinuxNetConnectionsLiveTest {
  private static final LinuxNet NET = new LinuxNet(new LinuxFiles(BackendConfig.defaults()));
  private static final int SELF = (int) ProcessHandle.current().pid();
  private static final Optional<Endpoint> NO_ADDR = Optional.empty();

  /** What one of our sockets must look like in the results. */
  private record Shape(
      AddressFamily family,
      SocketType type,
      Optional<Endpoint> laddr,
      Optional<Endpoint> raddr,
      ConnectionStatus status) {
    boolean matches(Connection c) {
      return c.family() == family
          && c.type() == type
          && c.laddr().equals(laddr)
          && c.raddr().equals(raddr)
          && c.status() == status;
    }

    boolean inKind(ConnectionKind k) {
      return k.families().contains(family) && k.types().contains(type);
    }
  }

  @TempDir Path tmp;
  private final List<Closeable> open = new ArrayList<>();
  private final List<Shape> shapes = new ArrayList<>();
  private String unixPath;

  private static Optional<Endpoint> inet(String ip, int port) {
    return Optional.of(new Endpoint.Inet(ip, port));
  }

  private static int port(java.nio.channels.NetworkChannel ch) throws IOException {
    return ((InetSocketAddress) ch.getLocalAddress()).getPort();
  }

  private <T extends Closeable> T keep(T c) {
    open.add(c);
    return c;
  }

  @BeforeEach
  void openSockets() throws IOException {
    AddressFamily v4 = AddressFamily.INET;
    AddressFamily v6 = AddressFamily.INET6;
    ServerSocketChannel l4 =
        keep(ServerSocketChannel.open(StandardProtocolFamily.INET))
            .bind(new InetSocketAddress("127.0.0.1", 0));
    int p4 = port(l4);
    shapes.add(
        new Shape(v4, SocketType.STREAM, inet("127.0.0.1", p4), NO_ADDR, ConnectionStatus.LISTEN));

    SocketChannel client = keep(SocketChannel.open(StandardProtocolFamily.INET));
    client.connect(l4.getLocalAddress());
    SocketChannel accepted = keep(l4.accept());
    int cport = port(client);
    assertThat(port(accepted)).isEqualTo(p4);
    shapes.add(
        new Shape(
            v4,
            SocketType.STREAM,
            inet("127.0.0.1", cport),
            inet("127.0.0.1", p4),
            ConnectionStatus.ESTABLISHED));
    shapes.add(
        new Shape(
            v4,
            SocketType.STREAM,
            inet("127.0.0.1", p4),
            inet("127.0.0.1", cport),
            ConnectionStatus.ESTABLISHED));

    DatagramChannel u4 =
        keep(DatagramChannel.open(StandardProtocolFamily.INET))
            .bind(new InetSocketAddress("127.0.0.1", 0));
    shapes.add(
        new Shape(
            v4, SocketType.DGRAM, inet("127.0.0.1", port(u4)), NO_ADDR, ConnectionStatus.NONE));
    DatagramChannel uc =
        keep(DatagramChannel.open(StandardProtocolFamily.INET))
            .bind(new InetSocketAddress("127.0.0.1", 0))
            .connect(u4.getLocalAddress());
    shapes.add(
        new Shape(
            v4,
            SocketType.DGRAM,
            inet("127.0.0.1", port(uc)),
            inet("127.0.0.1", port(u4)),
            ConnectionStatus.NONE));

    if (Files.exists(Path.of("/proc/net/tcp6"))) {
      ServerSocketChannel l6 =
          keep(ServerSocketChannel.open(StandardProtocolFamily.INET6))
              .bind(new InetSocketAddress("::1", 0));
      shapes.add(
          new Shape(
              v6, SocketType.STREAM, inet("::1", port(l6)), NO_ADDR, ConnectionStatus.LISTEN));
      // a dual-stack socket bound to an IPv4 address: tcp6 shows it IPv4-mapped
      ServerSocketChannel mapped =
          keep(ServerSocketChannel.open(StandardProtocolFamily.INET6))
              .bind(new InetSocketAddress("127.0.0.1", 0));
      shapes.add(
          new Shape(
              v6,
              SocketType.STREAM,
              inet("::ffff:127.0.0.1", port(mapped)),
              NO_ADDR,
              ConnectionStatus.LISTEN));
      DatagramChannel u6 =
          keep(DatagramChannel.open(StandardProtocolFamily.INET6))
              .bind(new InetSocketAddress("::1", 0));
      shapes.add(
          new Shape(v6, SocketType.DGRAM, inet("::1", port(u6)), NO_ADDR, ConnectionStatus.NONE));
    }

    Path sock = tmp.resolve("jpsutil net test.sock");
    unixPath = sock.toString();
    ServerSocketChannel x =
        keep(ServerSocketChannel.open(StandardProtocolFamily.UNIX))
            .bind(UnixDomainSocketAddress.of(sock));
    keep(SocketChannel.open(StandardProtocolFamily.UNIX)).connect(x.getLocalAddress());
    keep(x.accept());
    shapes.add(
        new Shape(
            AddressFamily.UNIX,
            SocketType.STREAM,
            Optional.of(new Endpoint.Unix(unixPath)),
            Optional.of(new Endpoint.Unix("")),
            ConnectionStatus.NONE));
  }

  @AfterEach
  void closeSockets() throws IOException {
    for (Closeable c : open) {
      c.close();
    }
  }

  /** The connection of {@code s} held by this JVM, whose fd must be a socket link of ours. */
  private static Connection own(List<Connection> conns, Shape s) throws IOException {
    List<Connection> found =
        conns.stream().filter(s::matches).filter(c -> c.pid().equals(pid(SELF))).toList();
    assertThat(found).as("this JVM's %s in %s", s, conns).isNotEmpty();
    for (Connection c : found) {
      assertThat(c.fd()).isPresent();
      assertThat(Files.readSymbolicLink(Path.of("/proc/self/fd/" + c.fd().getAsInt())).toString())
          .startsWith("socket:[");
    }
    return found.get(0);
  }

  private static java.util.OptionalInt pid(int p) {
    return java.util.OptionalInt.of(p);
  }

  @Test
  void ownSocketsAppearSystemWideWithThisPid() throws IOException {
    List<Connection> all = NET.connections(ConnectionKind.ALL);
    for (Shape s : shapes) {
      own(all, s);
    }
    // the listener and the accepted socket both carry the path (Linux copies the address)
    assertThat(
            all.stream()
                .filter(c -> c.laddr().equals(Optional.of(new Endpoint.Unix(unixPath))))
                .map(c -> c.fd().getAsInt())
                .collect(Collectors.toSet()))
        .hasSize(2);
    assertThat(all).doesNotHaveDuplicates();
  }

  /**
   * /proc/net/tcp is read in one read(2) when it fits in one (WholeFileReader.readSeqTable): with
   * 40 more listeners (150 bytes a line) the table spans several kernel pages, and every socket
   * must still be there, both before (one read) and after (several reads) they are opened.
   */
  @Test
  void everyListenerIsFoundWhetherTheTableTakesOneReadOrSeveral() throws IOException {
    Shape first = shapes.get(0);
    own(NET.connections(ConnectionKind.TCP4), first);
    List<Shape> many = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      ServerSocketChannel l =
          keep(ServerSocketChannel.open(StandardProtocolFamily.INET))
              .bind(new InetSocketAddress("127.0.0.1", 0));
      many.add(
          new Shape(
              AddressFamily.INET,
              SocketType.STREAM,
              inet("127.0.0.1", port(l)),
              NO_ADDR,
              ConnectionStatus.LISTEN));
    }
    assertThat(Files.readAllBytes(Path.of("/proc/net/tcp")).length).isGreaterThan(4096);
    List<Connection> all = NET.connections(ConnectionKind.TCP4);
    own(all, first);
    for (Shape s : many) {
      own(all, s);
    }
  }

  @Test
  void eachKindReturnsOnlyItsFamiliesAndTypes() throws IOException {
    for (ConnectionKind kind : ConnectionKind.values()) {
      List<Connection> conns = NET.connections(kind);
      assertThat(conns)
          .as(kind.psutilName())
          .allMatch(c -> kind.families().contains(c.family()) && kind.types().contains(c.type()));
      for (Shape s : shapes) {
        if (s.inKind(kind)) {
          own(conns, s);
        } else {
          assertThat(conns).as(kind + " must not hold " + s).noneMatch(s::matches);
        }
      }
    }
  }

  @Test
  void perProcessViewMatchesTheSystemWideOne() throws IOException {
    for (ConnectionKind kind : ConnectionKind.values()) {
      List<Connection> mine = NET.connectionsOf(SELF, kind);
      assertThat(mine).allMatch(c -> c.pid().equals(pid(SELF)) && c.fd().isPresent());
      for (Shape s : shapes) {
        if (s.inKind(kind)) {
          own(mine, s);
        }
      }
      Set<Connection> systemWide =
          NET.connections(kind).stream()
              .filter(c -> c.pid().equals(pid(SELF)))
              .collect(Collectors.toSet());
      // equal unless a child process shares one of our sockets (then the child owns it there)
      assertThat(new HashSet<>(mine)).containsAll(systemWide);
    }
  }

  @Test
  void listenPortsAreExactlyThoseOfSs() {
    Set<Integer> ours = null;
    Set<Integer> ss = null;
    for (int attempt = 0; attempt < 2; attempt++) { // retry once: ports come and go
      ss =
          SsSockets.parse(NetToolRunner.run("ss", "-tlnH")).stream()
              .map(SsSockets::localPort)
              .collect(Collectors.toCollection(TreeSet::new));
      ours =
          NET.connections(ConnectionKind.TCP).stream()
              .filter(c -> c.status() == ConnectionStatus.LISTEN)
              .map(c -> ((Endpoint.Inet) c.laddr().orElseThrow()).port())
              .collect(Collectors.toCollection(TreeSet::new));
      if (ours.equals(ss)) {
        break;
      }
    }
    assertThat(ours).isEqualTo(ss).isNotEmpty();
  }

  /**
   * For LISTEN and ESTABLISHED TCP sockets, matched with {@code ss -tanpH} by (state, local port,
   * peer port): our (pid, fd) is among ss's users, and a socket has an owner exactly when ss shows
   * one.
   */
  @Test
  void ownersAgreeWithSs() {
    List<String> problems = List.of();
    for (int attempt = 0; attempt < 2 && (attempt == 0 || !problems.isEmpty()); attempt++) {
      List<SsSockets> ss = SsSockets.parse(NetToolRunner.run("ss", "-tanpH"));
      problems = compareOwners(NET.connections(ConnectionKind.TCP), ss);
    }
    assertThat(problems).isEmpty();
  }

  private static List<String> compareOwners(List<Connection> conns, List<SsSockets> ss) {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Connection c : conns) {
      String state =
          switch (c.status()) {
            case LISTEN -> "LISTEN";
            case ESTABLISHED -> "ESTAB";
            default -> null;
          };
      if (state == null) {
        continue;
      }
      int lport = ((Endpoint.Inet) c.laddr().orElseThrow()).port();
      int rport = c.raddr().map(e -> ((Endpoint.Inet) e).port()).orElse(0);
      List<SsSockets> same =
          ss.stream()
              .filter(
                  s -> s.state().equals(state) && s.localPort() == lport && s.peerPort() == rport)
              .toList();
      if (same.isEmpty()) {
        problems.add("not in ss: " + c);
        continue;
      }
      checked++;
      Set<SsSockets.Owner> users = new HashSet<>();
      same.forEach(s -> users.addAll(s.users()));
      if (c.pid().isPresent()) {
        var owner = new SsSockets.Owner(c.pid().getAsInt(), c.fd().getAsInt());
        if (!users.contains(owner)) {
          problems.add(c + ": ss users are " + users);
        }
      } else if (same.stream().allMatch(s -> !s.users().isEmpty())) {
        problems.add(c + ": no owner, but ss shows " + users);
      }
    }
    if (checked == 0) {
      problems.add("no socket compared");
    }
    return problems;
  }

  @Test
  void goneProcessesAreNoSuchProcess() throws Exception {
    Process p = new ProcessBuilder("true").start();
    int pid = (int) p.pid();
    assertThat(p.waitFor()).isZero(); // reaped: /proc/<pid> is gone
    assertThatThrownBy(() -> NET.connectionsOf(pid, ConnectionKind.ALL))
        .isInstanceOf(NoSuchProcess.class);
    int pidMax = Integer.parseInt(sysctl(Path.of("/proc/sys/kernel/pid_max")));
    assertThatThrownBy(() -> NET.connectionsOf(pidMax + 1, ConnectionKind.INET))
        .isInstanceOf(NoSuchProcess.class)
        .hasMessageContaining("pid=" + (pidMax + 1));
  }

  /**
   * A sysctl file in one read(2): integer sysctls answer EOF to a read at a non-zero offset, so
   * Files.readString, which starts with a 1-byte read on these size-0 files, gets one digit.
   */
  private static String sysctl(Path file) throws IOException {
    try (var in = Files.newInputStream(file)) {
      byte[] buf = new byte[256];
      int n = in.read(buf);
      return new String(buf, 0, Math.max(n, 0), java.nio.charset.StandardCharsets.US_ASCII).trim();
    }
  }

  /**
   * With this thread's fsuid set to nobody, root's fd directories may not be listed: the
   * per-process call is AccessDenied and the system-wide call still attributes our own sockets.
   */
  @Test
  @EnabledIf("isRoot")
  void unprivilegedThreadIsDeniedOtherProcessesFds() throws IOException {
    NET.connections(ConnectionKind.TCP4); // load the native bindings with full rights
    int before = ThreadFsuid.set(65534);
    try {
      assertThat(ThreadFsuid.current()).isEqualTo(65534);
      assertThatThrownBy(() -> NET.connectionsOf(1, ConnectionKind.ALL))
          .isInstanceOf(AccessDenied.class)
          .hasMessageContaining("pid=1");
      own(NET.connections(ConnectionKind.TCP4), shapes.get(0));
    } finally {
      ThreadFsuid.set(before);
      assertThat(ThreadFsuid.current()).isEqualTo(before);
    }
  }

  static boolean isRoot() {
    return NetToolRunner.run("id", "-u").trim().equals("0");
  }

  /**
   * A process whose fd links this user may not read (found with java.nio, independently of the code
   * under test) makes the per-process call AccessDenied, and the system-wide call leaves its
   * sockets without owner instead of failing. Skipped when every process is readable.
   */
  @Test
  void processWithUnreadableFdsIsAccessDenied() throws IOException {
    Integer denied = null;
    try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
      for (Path p : procs) {
        if (fdsDenied(p.resolve("fd"))) {
          denied = Integer.valueOf(p.getFileName().toString());
          break;
        }
      }
    }
    assumeThat(denied).as("a process with unreadable fds").isNotNull();
    int pid = denied;
    assertThatThrownBy(() -> NET.connectionsOf(pid, ConnectionKind.ALL))
        .isInstanceOf(AccessDenied.class)
        .hasMessageContaining("pid=" + pid);
    assertThat(NET.connections(ConnectionKind.ALL)).noneMatch(c -> c.pid().equals(pid(pid)));
  }

  private static boolean fdsDenied(Path fdDir) {
    try (DirectoryStream<Path> fds = Files.newDirectoryStream(fdDir)) {
      for (Path fd : fds) {
        try {
          Files.readSymbolicLink(fd);
        } catch (AccessDeniedException e) {
          return true;
        } catch (IOException e) {
          // gone meanwhile
        }
      }
      return false;
    } catch (AccessDeniedException e) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
