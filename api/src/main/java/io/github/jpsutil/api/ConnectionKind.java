package io.github.jpsutil.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Which sockets {@code netConnections(kind)} returns (psutil's {@code kind} strings). */
public enum ConnectionKind {
  /** TCP and UDP over IPv4 and IPv6, psutil's {@code "inet"} (the default). */
  INET(
      Set.of(AddressFamily.INET, AddressFamily.INET6), Set.of(SocketType.STREAM, SocketType.DGRAM)),
  /** TCP and UDP over IPv4. */
  INET4(Set.of(AddressFamily.INET), Set.of(SocketType.STREAM, SocketType.DGRAM)),
  /** TCP and UDP over IPv6. */
  INET6(Set.of(AddressFamily.INET6), Set.of(SocketType.STREAM, SocketType.DGRAM)),
  /** TCP over IPv4 and IPv6. */
  TCP(Set.of(AddressFamily.INET, AddressFamily.INET6), Set.of(SocketType.STREAM)),
  /** TCP over IPv4. */
  TCP4(Set.of(AddressFamily.INET), Set.of(SocketType.STREAM)),
  /** TCP over IPv6. */
  TCP6(Set.of(AddressFamily.INET6), Set.of(SocketType.STREAM)),
  /** UDP over IPv4 and IPv6. */
  UDP(Set.of(AddressFamily.INET, AddressFamily.INET6), Set.of(SocketType.DGRAM)),
  /** UDP over IPv4. */
  UDP4(Set.of(AddressFamily.INET), Set.of(SocketType.DGRAM)),
  /** UDP over IPv6. */
  UDP6(Set.of(AddressFamily.INET6), Set.of(SocketType.DGRAM)),
  /** UNIX domain sockets of every type. */
  UNIX(
      Set.of(AddressFamily.UNIX),
      Set.of(SocketType.STREAM, SocketType.DGRAM, SocketType.SEQPACKET)),
  /** Every IP and UNIX socket, psutil's {@code "all"}. */
  ALL(
      Set.of(AddressFamily.INET, AddressFamily.INET6, AddressFamily.UNIX),
      Set.of(SocketType.STREAM, SocketType.DGRAM, SocketType.SEQPACKET));

  private final Set<AddressFamily> families;
  private final Set<SocketType> types;

  ConnectionKind(Set<AddressFamily> families, Set<SocketType> types) {
    this.families = families;
    this.types = types;
  }

  /** {@return the address families this kind covers} */
  public Set<AddressFamily> families() {
    return families;
  }

  /** {@return the socket types this kind covers} */
  public Set<SocketType> types() {
    return types;
  }

  /** {@return psutil's string, e.g. {@code "tcp6"}} */
  public String psutilName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind for psutil's string ({@code "inet"}, {@code "tcp4"}, …).
   *
   * @param kind psutil's {@code kind} argument
   * @return the kind whose {@link #psutilName()} is {@code kind}
   * @throws IllegalArgumentException naming the valid kinds, as psutil raises ValueError
   */
  public static ConnectionKind fromName(String kind) {
    if (kind != null) {
      for (ConnectionKind k : values()) {
        if (k.psutilName().equals(kind)) {
          return k;
        }
      }
    }
    throw new IllegalArgumentException(
        "invalid kind argument "
            + (kind == null ? "null" : "'" + kind + "'")
            + "; choose between "
            + Arrays.stream(values())
                .map(ConnectionKind::psutilName)
                .collect(Collectors.joining(", ")));
  }
}
